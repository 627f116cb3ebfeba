/** Nouns that measure a stretch of time ("four days", "a while", "ages"). */
const TIME_SPANS = new Set(
  'minute minutes hour hours day days night nights week weeks month months year years while ages'.split(' '),
);

/**
 * Indexes of the tokens that are a duration's closing "now": "my son has had a fever for four days now",
 * "it's been a week now". Such a "now" says how long something has lasted; it asks for nothing now.
 * Learnt from the front desk's "can you help me now", it kept a child's fever at a clinic's entry desk.
 * A "now" anywhere else ("can you help me now", "right now") is kept.
 */
export function durationNows(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (t === 'now' && i > 0 && TIME_SPANS.has(tokens[i - 1])) out.add(i);
  });
  return out;
}
