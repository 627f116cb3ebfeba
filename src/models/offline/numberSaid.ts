import { lookupWord, supersenseOf } from '../../routing/wordNet.ts';
import { withoutMoney } from './amounts.ts';
import { APARTMENT_NUMBER, DIGIT_DATES, HOUSE_NUMBER, NUMBER_WORDS, REFERENCE } from './entityExtractors.ts';

/**
 * A count said in a message ("4 seats", "a 3 bed", "fifty"): a standalone number, not part of a
 * reference, an amount, a date, a phone number or a street address. With `unit` ("seats"), a number written
 * right before that word wins over the first number in the text.
 */

/** "1200 sq ft", "1200 square feet": a size in square feet (a property named like `sizeSqft`). */
const SQFT = /^(sq|sqft|square)$/;

/** A turn from what is to what is wanted, between two numbers of one message. */
const CONTRAST = /\b(?:but|actually|instead|rather|make (?:it|that)|change (?:it|that) to)\b/i;

/**
 * What says the number after it is the new one: "make it 6", "change that to 8", "bump it up to 10",
 * "change the order to 6 seats instead" (its 4 seats said before were read back), "drop it from 4 seats to 2".
 */
const NEW_NUMBER_BEFORE =
  /\bfrom \d+ (?:[a-z]+ )?(?:down |up )?to\s+$|\b(?:make (?:it|that|them)|change (?:it|that|them|(?:the|my|our|this|that) (?:[a-z]+ ){0,2}?[a-z]+) to|(?:bump|take|put|bring) (?:it|that|them) (?:up |down )?to)\s+$/i;

/** What says the number before it is the whole: "six in total", "6 seats in all", "10 altogether". */
const IN_TOTAL_AFTER = /^\S+\s+(?:[a-z]+\s+)?(?:in total|in all|total|altogether)\b/i;

/** What says the number after it is the one given up: "6 instead of 4". */
const INSTEAD_OF = /\b(?:instead of|rather than)\s+$/i;

/** A number said with one of these is a length of time; a property named like these is itself a time. */
const TIME_UNIT = /^(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)$/;
const TIME_LIKE = /year|month|week|day|hour|min|duration|time|term|age|period/i;

/** "it's the seats one", "that one", "which one": "one" standing for a thing, no count (an order of 1 seat was read back). */
const ONE_AS_PRONOUN = /\b(?:the|that|this|which|each|every|any|no|another|other)\s+(?:[a-z]+\s+){0,2}$/i;

type Candidate = { value: number; before: string; at: number };

/** `kept` when it rules some candidates out but not all; else the candidates as they were. */
const narrowed = (all: Candidate[], kept: Candidate[]) =>
  kept.length > 0 && kept.length < all.length ? kept : all;

export function findNumber(text: string, unit?: string): number | undefined {
  const cleaned = withoutPhoneNumbers(withoutMoney(text))
    .replace(HOUSE_NUMBER, ' ')
    .replace(APARTMENT_NUMBER, ' ')
    // "dana ruiz 3/12/1984 i want to pay my bill": a birth date's 3 was read as 3 months of a payment plan.
    .replace(DIGIT_DATES, ' ')
    .replace(REFERENCE, ' ')
    .replace(/(\d),(\d{3})\b/g, '$1$2') // "1,200 sq ft" is one number
    // "the 6-month plan", "a 3-bed": the number of its unit, as "6 months" is.
    .replace(/(?<![\w.-])(\d+)-(?=[a-z]+\b)/gi, '$1 ');
  let candidates: Candidate[] = [];
  // The unit is looked ahead, not consumed, so "for fifty seats" still sees "fifty".
  for (const match of cleaned.matchAll(/(?<![\w.-])(\d+(?:\.\d+)?|[a-z]+)(?![\w-])(?=\s*([a-z]*))/gi)) {
    const word = match[1].toLowerCase();
    const value = /^\d/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (word === 'one' && ONE_AS_PRONOUN.test(cleaned.slice(0, match.index))) continue;
    if (value !== undefined) candidates.push({ value, before: match[2].toLowerCase(), at: match.index ?? 0 });
  }
  // "we lived in our home for forty years" is no count of bedrooms, unless the property is itself a time.
  if (unit && !TIME_LIKE.test(unit)) candidates = candidates.filter((c) => !TIME_UNIT.test(c.before));
  // "my late husband and I bought it in 1978": a year, not 1978 bedrooms, unless its unit follows it
  // ("1950 sq ft") or the property is itself a time ("yearBuilt").
  if (unit && !TIME_LIKE.test(unit))
    candidates = candidates.filter((c) => !(isYear(c.value) && !namesUnit(c.before, unit)));
  // "maplewood ideally, we have two kids" is no count of bedrooms: a number said of people or animals
  // counts them, not a thing the property counts (WordNet's classes of the two words).
  if (unit) candidates = candidates.filter((c) => !countsOtherLivingThings(c.before, unit));
  // "too big for the two of us": people counted by a pronoun, which WordNet does not class.
  if (unit) candidates = candidates.filter((c) => !OF_PEOPLE.test(cleaned.slice(c.at)));
  // "its a 3 bed in Lakeview" gives no size: no home is 3 square feet (the valuation was asked with 3).
  if (unit && AREA_UNIT.test(unit)) candidates = candidates.filter((c) => c.value >= 100);
  // "my seats order to 6 instead of 4": the number after "instead of" is given up (it was made as 4).
  candidates = narrowed(
    candidates,
    candidates.filter((c) => !INSTEAD_OF.test(cleaned.slice(0, c.at))),
  );
  // "we've hired two more people, so can it be six in total instead?": the number said as the total.
  const total = candidates.filter((c) => IN_TOTAL_AFTER.test(cleaned.slice(c.at)));
  if (total.length === 1) return total[0].value;
  // "I ordered 4 seats but we actually need 6": the number after the turn is the one wanted.
  const turn = CONTRAST.exec(cleaned);
  if (turn)
    candidates = narrowed(
      candidates,
      candidates.filter((c) => c.at > turn.index),
    );
  // "…we've hired two more people, can I make it 6 instead?": the number said as the new one.
  const said = candidates.filter((c) => NEW_NUMBER_BEFORE.test(cleaned.slice(0, c.at)));
  if (said.length === 1) return said[0].value;
  if (unit) {
    // "2 bed" names bedrooms as well as "2 bedrooms" does.
    const withUnit = candidates.find((c) => namesUnit(c.before, unit));
    if (withUnit) return withUnit.value;
  }
  return candidates[0]?.value;
}

/** Whether the word after a number names the property's unit: "2 bed" for `bedrooms`, "1700 sq" for `sqft`. */
function namesUnit(after: string, unit: string): boolean {
  const stem = unit.toLowerCase().replace(/s$/, '');
  return (
    after.startsWith(stem) ||
    (after.length >= 3 && stem.startsWith(after)) ||
    (SQFT.test(after) && stem.includes('sqft'))
  );
}

/** A property measured in square feet or metres (`sizeSqft`, `floorArea`). */
const AREA_UNIT = /sq(?:uare)?_?(?:ft|feet|m|metres|meters)|sqft|area/i;

/** "two of us", "3 of them": a count of people. */
const OF_PEOPLE = /^\S+\s+of\s+(?:us|them|you|we)\b/i;

/** A whole number as years are written: 1800 to 2099. */
const isYear = (value: number) => Number.isInteger(value) && value >= 1800 && value <= 2099;

const LIVING = new Set(['noun.person', 'noun.animal', 'noun.group']);

/** The classes a word is commonly used in (WordNet's supersenses), none when WordNet does not know it. */
function commonClasses(word: string): string[] {
  return lookupWord(word.toLowerCase())?.common.map(supersenseOf) ?? [];
}

/**
 * "two kids", "3 dogs": the word after the number names people or animals while the property (by its
 * name: "bedrooms") counts made things (rooms). A property named for no thing ("quantity") counts
 * whatever is said ("5 users"); one that counts people ("guests") keeps them.
 */
function countsOtherLivingThings(after: string, unit: string): boolean {
  if (after.length < 3) return false;
  const own = commonClasses(unit);
  if (!own.includes('noun.artifact') || own.some((c) => LIVING.has(c))) return false;
  return commonClasses(after).some((c) => LIVING.has(c));
}

/**
 * The text with its phone numbers blanked: "my name is Sam Lee, 07700 900555" said to a listing form
 * filled its bedrooms with 7700. A run of seven or more digits that is written as a phone number (with
 * a space, dash, dot or bracket, or a leading 0 or +) is never a count, a price or an hour; a bare
 * "1200000" stays a number.
 */
/** The text with its phone numbers taken out (a written run of 7 to 15 digits, not a date). */
export function withoutPhoneNumbers(text: string): string {
  return text.replace(/\+?\(?\d[\d\s().-]{5,}\d/g, (run) => {
    const digits = run.replace(/\D/g, '').length;
    const written = /[\s().-]/.test(run.trim()) || /^[+(0]/.test(run.trim());
    const date = /^\d{4}-\d{2}-\d{2}$/.test(run.trim());
    return digits >= 7 && digits <= 15 && written && !date ? ' ' : run;
  });
}
