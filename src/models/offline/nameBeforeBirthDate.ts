import { lookupWord } from '../../routing/wordNet.ts';
import { MONTHS, WEEKDAYS } from './calendarWords.ts';
import { MONTH_AND_DAY_SAID } from './dayOfMonth.ts';
import { mayNameSomeone } from './personWord.ts';

/**
 * "hey I need to cancel an appointment marcus bell july fourth nineteen ninety": a caller gives their name
 * and birth date in one breath, and speech-to-text writes both lower case, with no "my name is". The
 * two words right before the birth date (three when the one before them is no English word either) are
 * the name, when they read as one: no filler or booking word, and one of them a word WordNet does not
 * know or knows as a person ("Marcus"); "cancel appointment 12/08/1999" names nobody.
 */

const DAY_AND_MONTH_SAID = String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS.join('|')})\b`;

/**
 * Where a birth date starts: a month and its day said ("july fourth", "june 19"), its day and then the
 * month ("14 September 1952": "September 19…" had been the start, and "Liu 14" no name), or a date in
 * digits.
 */
const BIRTH_DATE = new RegExp(
  String.raw`${DAY_AND_MONTH_SAID}|${MONTH_AND_DAY_SAID}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`,
  'i',
);

/** Words no name is made of (answers, fillers, request and record words). */
const NOT_NAME =
  /^(?:yes|yeah|yep|no|ok|okay|um|uh|er|erm|so|well|hi|hello|hey|please|thanks|the|a|an|my|me|i|im|is|it|its|and|for|of|to|at|on|in|with|born|dob|birthday|birth|date|name|patient|appointment|visit|booking|cancel|move|book|this|that|under|account|number|her|his|she|he|they|them|their|says)$/i;

const nameWord = (w: string) =>
  /^\p{L}[\p{L}'’-]*$/u.test(w) && !NOT_NAME.test(w) && !WEEKDAYS.includes(w) && !MONTHS.includes(w);

export function nameBeforeBirthDate(text: string): string | undefined {
  const at = text.search(BIRTH_DATE);
  if (at <= 0) return undefined;
  // "marcus bell, dob 7/4/1990": the birth date's label and the comma before it are no part of the name.
  const before = text
    .slice(0, at)
    .replace(
      /[,;:]?\s*(?:(?:my |her |his |their )?(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born)(?: is| on)?)?[,;:]?\s*$/i,
      '',
    )
    // "hannah kowalski here, born 12/08/1999": the caller's "here" is no part of the name.
    .replace(/\s+(?:here|speaking)$/i, '')
    .trim()
    .split(/\s+/);
  const two = before.slice(-2);
  if (two.length < 2 || !two.every(nameWord) || !two.some(mayNameSomeone)) return undefined;
  const third = before.at(-3);
  const words =
    third && nameWord(third) && lookupWord(third.toLowerCase(), 50) === null ? [third, ...two] : two;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
