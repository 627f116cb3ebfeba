import { isStopword, tokenize } from '../../../routing/textFeatures.ts';
import { WEEKDAYS } from '../calendarWords.ts';

/**
 * "can it be thursday afternoon?" to a desk's openings with Dr. Okafor: the same request at another time.
 * The desk keeps no memory, so alone the words searched every clinician's Thursday afternoon, and the
 * pick of the first booked Dr. Patel for a caller who had asked for Dr. Okafor. A person relaying it
 * says the request again with the new time; so does this, and only when the reply says nothing but
 * when (a day, a part of the day, a time) and that it wants an opening: a reply naming anything else
 * (another doctor, another service) is its own request.
 */

const WHEN_WORDS = new Set([
  ...WEEKDAYS,
  ...WEEKDAYS.map((d) => d.slice(0, 3)),
  'today',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'next',
  'later',
  'earlier',
  'sooner',
  'soon',
  'day',
  'time',
  'am',
  'pm',
  'oclock',
  'noon',
  'lunchtime',
  'instead',
]);
/** Words asking for an opening rather than naming one. */
const OPENING_WORDS = new Set([
  'anything',
  'something',
  'any',
  'available',
  'free',
  'open',
  'opening',
  'openings',
  'slot',
  'slots',
  'times',
  'else',
  'got',
  'possible',
  'maybe',
  'hmm',
  'ok',
  'okay',
  'um',
  'uh',
  'please',
  'actually',
  'rather',
  'prefer',
]);

/** Whether the reply only asks for the offer again at another time: a day or time, and nothing else named. */
export function narrowsOfferByTime(reply: string): boolean {
  const words = tokenize(reply);
  const when = words.filter((w) => WHEN_WORDS.has(w) || /^\d/.test(w));
  if (when.length === 0) return false;
  return words.every((w) => WHEN_WORDS.has(w) || OPENING_WORDS.has(w) || /^\d/.test(w) || isStopword(w));
}
