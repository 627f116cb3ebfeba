/**
 * A bare hour said where a time is meant ("10 is good" to the time question, "make it 11" to a
 * read-back): read as "at 10", "at 11". Elsewhere a bare number is a count, a price or a reference.
 */

/**
 * "10" or "half 10" alone, said to "What time would you like?": an hour, as "at 10" would be. Only as
 * the answer to the time question: elsewhere a bare number is a count, a price or a reference.
 */
export function bareHour(answer: string): string | undefined {
  // "10 is good", "ok 11 works for me", "half 10 would be great": the hour and words that take it.
  const m = answer
    .trim()
    .match(
      /^(?:(?:ok|okay|yes|yeah|yep|um|erm|hmm)\b[,\s]*)*(\d{1,2})(?:[:.](\d{2}))?\s*(?:(?:is|would be|will be|'?s|sounds|works|suits(?: me)?|will do)\s*)?(?:good|fine|great|perfect|ok|okay|lovely|best|grand|works|then)?\s*(?:please|pls|thanks|thank you|for me|then|ta)?[.!]?$/i,
    );
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 23 || (m[2] !== undefined && Number(m[2]) > 59))
    return undefined;
  return `at ${m[1]}${m[2] ? `:${m[2]}` : ''}`;
}

/**
 * "can we do 10 instead", "make it 11", "actually half 10 then": a bare hour said as a change of the
 * time. The read-back answered "I can't answer that here" and the yes booked the old time. Only with
 * the words of a change, and only a number that ends its clause ("make it 2 people" is no hour).
 */
export function correctedHour(text: string): string | undefined {
  const m =
    /\b(?:make (?:it|that)|change (?:it|that) to|(?:can|could) (?:we|i|you) (?:do|make it|go for)|how about|what about|actually|rather)\s+(?:at\s+)?(half\s+)?(\d{1,2})(?:[:.](\d{2}))?(?=\s*(?:instead|then|please|pls|o'?clock|if (?:that'?s|possible)|[?.!,]|$))/i.exec(
      text,
    ) ?? /(?:^|\s)(half\s+)?(\d{1,2})(?:[:.](\d{2}))?\s+instead\b/i.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 23 || (m[3] !== undefined && Number(m[3]) > 59))
    return undefined;
  return m[1] ? `at ${m[2]}:30` : `at ${m[2]}${m[3] ? `:${m[3]}` : ''}`;
}
