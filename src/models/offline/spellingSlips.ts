/**
 * Spelling slips in long names customers type from memory ("levothyroxin", "atorvastatn"): one letter
 * missing, added or wrong. Only for words of seven letters or more, where one slip cannot turn one
 * real word into another the way it can in short ones ("pro"/"prod", "Scale"/"Sale").
 */
export const MIN_SLIP_LENGTH = 7;

/** Whether `a` becomes `b` by one deletion, insertion or substitution (Levenshtein distance ≤ 1). */
export function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? short.slice(i + 1) : short.slice(i);
  return rest === long.slice(i + 1);
}

/** The word of `words` that is `name` with one slip, when `name` is long enough to tell. */
export function slipOf(name: string, words: readonly string[]): string | undefined {
  if (name.length < MIN_SLIP_LENGTH || /\s/.test(name)) return undefined;
  return words.find((w) => w.length >= MIN_SLIP_LENGTH - 1 && withinOneSlip(w, name));
}
