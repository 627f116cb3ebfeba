/**
 * The business's own name said of the customer's own thing ("my Relay Cloud account", "our Keystone
 * agent"): it names no topic, and its words are ones few desks were taught, so the router took the
 * message for half-understood ("I can't log into my Relay Cloud account": 0.30, unsure, against 0.72 for
 * "…my account"). The graph names it (GraphSpec.businessNames); the router reads the message without it.
 * Only after a possessive (elsewhere the name can say who the customer is not yet: "thinking of
 * switching to Relay Cloud"), and only when the router was unsure of the message as said.
 */

const cache = new Map<string, RegExp | null>();

/** One pattern for all the names: any case and spacing, "&" said as "and", a possessive "'s". */
function namesPattern(names: readonly string[]): RegExp | null {
  const key = names.join('\u0000');
  const known = cache.get(key);
  if (known !== undefined) return known;
  const alternatives = names
    .map((name) =>
      name
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '')
        .map((w) => (w === '&' || /^and$/i.test(w) ? '(?:&|and)' : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('\\s+'),
    )
    .filter((a) => a !== '')
    // The longest first: "Lakeside Family Clinic" before "Lakeside".
    .sort((a, b) => b.length - a.length);
  const pattern =
    alternatives.length === 0
      ? null
      : new RegExp(
          `(?<=\\b(?:my|our|his|her|their|your)\\s+)(?:${alternatives.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`,
          'giu',
        );
  cache.set(key, pattern);
  return pattern;
}

/** `text` without the business's own names said after a possessive, the words around them kept. */
export function withoutOwnBusinessNames(text: string, names: readonly string[]): string {
  const pattern = namesPattern(names);
  if (!pattern) return text;
  const out = text.replace(pattern, ' ');
  return out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
}

/**
 * The decision `routeText` makes of `said`, and only when it is unsure, the one it makes of `said` without
 * the business's own names, if that one is sure: a message the router was sure of keeps its decision
 * (taking the name out of every message lost a held-out row the router had got right).
 */
export function unsureReadWithoutOwnNames<D extends { decision: string }>(
  said: string,
  names: readonly string[],
  routeText: (text: string) => D,
): D {
  const first = routeText(said);
  if (first.decision !== 'unsure') return first;
  const text = withoutOwnBusinessNames(said, names);
  if (text === said) return first;
  const again = routeText(text);
  return again.decision === 'unsure' ? first : again;
}
