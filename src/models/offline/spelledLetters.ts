/**
 * A word spelled out letter by letter, as callers spell a name on the phone ("k o w a l s k i",
 * "s-a-m", "H.U.S.S.A.I.N", "h a double d a d"): three or more single letters in a row, after a space or a comma. One
 * pattern for every reader: the texting shorthand leaves such a run alone, the name readers take it off
 * the name it spells, and a spelled word makes a common word a name ("tom becker, b e c k e r").
 */
export const SPELLED_LETTERS =
  /(?<=^|[\s,])(?:(?:double[\s-]+)?\p{L}[\s.-]+){2,}(?:double[\s-]+)?\p{L}(?=$|[\s,.;!?])/giu;

/** The words a message spells out ("b e c k e r" → "becker"), lower case. */
export function spelledWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(SPELLED_LETTERS)].map((m) =>
    m[0].replace(/double[\s-]+(\p{L})/gu, '$1$1').replace(/[^\p{L}]/gu, ''),
  );
}
