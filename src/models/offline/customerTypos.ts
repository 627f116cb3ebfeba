import { wordVector } from '../../routing/wordVectors.ts';

/**
 * Typos in the words a request turns on, read as the word meant: "i need to resheduel my apointment"
 * was routed nowhere (the front desk greeted the customer again, three times), "cancle it" cancelled
 * nothing. A word no dictionary knows (the router's word list of 150,000 words: "cancer" and "cooking"
 * are words, so they stay) that is one slip from one of these words — two for words of eight letters
 * or more — is that word. A slip is a letter missing, added, wrong, or two letters swapped.
 */
const REQUEST_WORDS = [
  'appointment',
  'appointments',
  'reschedule',
  'rescheduled',
  'rearrange',
  'cancel',
  'cancelled',
  'cancellation',
  'booking',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'morning',
  'afternoon',
  'evening',
  'available',
  'availability',
  'haircut',
  'balayage',
  'highlights',
  'keratin',
  'colour',
  'stylist',
  'parking',
  'prescription',
  'refund',
  'invoice',
  'password',
  'viewing',
  'emergency',
  'consultation',
] as const;

/** Shorter words are too close to other real words to guess ("form"/"from"). */
const MIN_TYPO_LENGTH = 5;
/** From this length a word may have two slips ("tommorow", "wensday"). */
const TWO_SLIPS_FROM = 8;

/** Slips (optimal string alignment distance) between `a` and `b`, or `max + 1` once over `max`. */
function slipsBetween(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The request word `typed` is a typo of, if it is no word itself and exactly one is that close. */
function meant(typed: string): string | undefined {
  const lower = typed.toLowerCase();
  if (lower.length < MIN_TYPO_LENGTH || (REQUEST_WORDS as readonly string[]).includes(lower))
    return undefined;
  if (wordVector(lower) !== null) return undefined;
  const close = REQUEST_WORDS.filter((word) => {
    const allowed = word.length >= TWO_SLIPS_FROM ? 2 : 1;
    return slipsBetween(lower, word, allowed) <= allowed;
  });
  // "appointmnts" is as close to "appointment" as to "appointments": either reads the same.
  const best = close.sort((x, y) => slipsBetween(lower, x, 2) - slipsBetween(lower, y, 2))[0];
  return best;
}

/** `text` with typos of request words corrected; names, emails and references as written. */
export function withoutTypos(text: string): string {
  return text.replace(/(?<![@.\w-])[A-Za-z]+(?![@\w-]|\.\w)/g, (word) => {
    const fixed = meant(word);
    if (fixed === undefined) return word;
    return word[0] === word[0].toUpperCase() ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
  });
}
