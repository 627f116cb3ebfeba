/**
 * "3pm... no sorry, 4pm", "at 2, I mean 3": a customer correcting themselves within one message. The
 * first value found was the slip (the viewing was booked at 3pm). What follows the last such turn ("no",
 * "sorry", "wait", "I mean", "or rather", "make that", "actually") is what they mean, when it gives the
 * value at all; otherwise the message is read whole ("at 3pm, sorry for the wait").
 */
const TURNS_BACK =
  /(?:^|[\s,.;!…-])(?:no+|nope|sorry|wait|i mean|or rather|make that|actually)(?=[\s,.;!…-]|$)/gi;

/** The message after its last self-correction, if it has one. */
export function afterSelfCorrection(text: string): string | undefined {
  const last = [...text.matchAll(TURNS_BACK)].at(-1);
  return last?.index === undefined ? undefined : text.slice(last.index + last[0].length);
}

/** What `read` finds after the message's last self-correction, else in the whole message. */
export function saidLast<T>(text: string, read: (said: string) => T | undefined): T | undefined {
  const corrected = afterSelfCorrection(text);
  return (corrected === undefined ? undefined : read(corrected)) ?? read(text);
}

/**
 * A reference said with a self-correction: "INV-2014.. sorry typo, INV-2041" is INV-2041, and "A C C one
 * oh oh eight, no sorry, one oh oh seven" is ACC-1007 — the digits said again alone take the prefix of
 * the reference they correct, and "a c two oh oh six no five two double oh five" is AC-2005. Undefined when
 * the message corrects no reference.
 */
export function correctedReference(
  text: string,
  find: (said: string) => string | undefined,
): string | undefined {
  const corrected = afterSelfCorrection(text);
  if (corrected === undefined) return undefined;
  const said = find(corrected);
  if (said !== undefined) return said;
  const slip = find(text.slice(0, text.length - corrected.length))?.match(/^(.*?)(\d+)$/);
  const digits = corrected.match(/\b\d{2,}\b/)?.[0];
  if (!slip || !digits || digits.length < slip[2].length) return undefined;
  // Longer: the digit put right, then the number said again ("one oh oh six no wait seven one oh oh
  // seven", transcribed 71007): the number is its last digits.
  return `${slip[1]}${digits.slice(digits.length - slip[2].length)}`;
}

/** The words around a changed wish: "make it …", "actually can we do … instead", "let's do … then". */
const CHANGE_LEAD =
  /^(?:(?:ok(?:ay)?|hmm+|um+|actually|no|sorry|oops|wait|so)\b[\s,.!]*)*(?:(?:can|could) (?:we|i|you) (?:do|have|get|make it|change it to)|(?:let'?s|lets) (?:do|go (?:with|for)|make it|have|get)|i'?ll (?:have|take|go (?:with|for))|make (?:it|that)|change (?:it|that) to|(?:go|switch) (?:with|to))\s+/i;
const CHANGE_TAIL =
  /(?:[\s,]+(?:then|instead|please|pls|thanks|same (?:time|day)[\w\s]*|at the same time))+[\s.!?]*$/i;

/**
 * "make it a blow dry instead" as a service, read back as "make it a blow dry instead on Tuesday…": the
 * words that say a value changes are not the value; "a blow dry" is. A message without them is kept.
 */
export function withoutChangeWords(text: string): string {
  const lead = CHANGE_LEAD.exec(text);
  if (!lead) return text;
  const rest = text.slice(lead[0].length).replace(CHANGE_TAIL, '').trim();
  return rest === '' ? text : rest;
}
