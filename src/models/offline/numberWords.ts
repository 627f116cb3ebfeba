/**
 * English number words and their values, one table for every reader of them: the speech-to-text reader
 * (spokenNumbers.ts) takes them all, the slot extractors (entityExtractors.ts) the few a typed message
 * uses for hours, counts and durations.
 */

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
export const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };

/** The ordinals of the units ("third" 3): days of the month ("the twenty-third") and picks read them. */
export const UNIT_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
