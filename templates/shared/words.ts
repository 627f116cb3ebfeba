/** Ids and lists as a model or a transcript gives them, and as a caller hears them. */

/**
 * Canonical id from what a model or a transcript produced: "sl 2031", "SL2031", "2031" → "SL-2031".
 * Any letters or digits may follow the prefix; null for empty input. Real estate keeps its own,
 * stricter version (digits only after the prefix), so it is not shared.
 */
export function normalizeId(prefix: string, raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const cleaned = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (cleaned === '') return null;
  const rest = cleaned.startsWith(prefix) ? cleaned.slice(prefix.length) : cleaned;
  return rest === '' ? null : `${prefix}-${rest}`;
}

/** "a, b and c", for reading a list aloud. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
