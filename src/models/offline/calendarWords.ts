/**
 * Weekday and month names as customers write them (lower case), and their texted forms, for the date and
 * name finders.
 */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Days as customers text them: "tmrw", "fri", "thurs", "weds". "sat", "sun" and "mon" are also words,
 * so they count only after "on/this/next" or before a time ("sat 11am").
 */
export function spellOutTextingDays(lower: string): string {
  return lower
    .replace(/\b(tmrw|tmr|tmrow|tmoz|tomoz|2moro|2morrow|tomorow|tommorow|tommorrow|tomorrw)\b/g, 'tomorrow')
    .replace(
      /\b(tues?|weds?|thu|thur|thurs|fri)\b\.?/g,
      (abbr) => DAY_ABBREVIATIONS[abbr.replace('.', '')] ?? abbr,
    )
    .replace(
      /\b(on|this|next)\s+(mon|sat|sun)\b|\b(mon|sat|sun)\b(?=\s+(\d|at\b|morning|afternoon|evening))/g,
      (said, lead: string | undefined, after: string | undefined, alone: string | undefined) =>
        lead ? `${lead} ${DAY_ABBREVIATIONS[after ?? '']}` : (DAY_ABBREVIATIONS[alone ?? ''] ?? said),
    );
}

const DAY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  weds: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

// The day a change goes to, as said beside the day it moves from (entityExtractors.ts `findDate`).

/** "the Thursday after", "the friday after that": the weekday after the day in hand (a booking's). */
export const WEEKDAY_AFTER_IT = new RegExp(
  `\\bthe\\s+(${WEEKDAYS.join('|')})\\s+after(?:\\s+(?:that|it))?\\b(?!\\s+(?:next|this|my|the|our|your|\\d))|\\bthe\\s+following\\s+(${WEEKDAYS.join('|')})\\b`,
);

/**
 * "to Tuesday the 17th", "until the twentieth", "to the next day, Saturday 14th": a day of the month a
 * change goes to (dayOfMonth.ts reads it).
 */
export const DAY_OF_MONTH_GONE_TO = new RegExp(
  `\\b(?:to|till|until)\\s+(?:the\\s+(?:next|following)\\s+day\\s*,?\\s*)?(?:(?:${WEEKDAYS.join('|')})\\s*,?\\s*)?(?:the\\s+\\w|\\d{1,2}(?:st|nd|rd|th)\\b)`,
);
/**
 * The weekday a change goes to: "to Thursday", "friday instead", "can we do friday, same time instead",
 * "Friday would be better".
 */
export const DAY_GONE_TO = new RegExp(
  `\\b(?:to|till|until|be|make it|(?<!(?:can'?t|cannot|couldn'?t|won'?t|not) )do)\\s+(?:next |this |on )?(${WEEKDAYS.join('|')})\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+(?:${MONTHS.join('|')}))|\\b(${WEEKDAYS.join('|')})(?:,?\\s+(?:at\\s+)?(?:the\\s+)?same time)?\\s+instead\\b` +
    // "Thursday I have work late. Friday would be better": the day said as the better one.
    `|\\b(${WEEKDAYS.join('|')})\\s+(?:would be|would work|works|is|'s|suits me|suits)\\s+(?:much\\s+|a lot\\s+)?better\\b`,
);

const WEEKDAY_SAID = /\b(sun|mon|tue|wed|thu|fri|sat)(?:s|nes|rs|ur)?(?:day)?\b/i;

/** The weekday a text names, as an index into WEEKDAYS ("tues" → 2), or undefined. */
export function weekdayIndex(text: string): number | undefined {
  const m = text.match(WEEKDAY_SAID);
  return m ? WEEKDAYS.findIndex((d) => d.startsWith(m[1].toLowerCase())) : undefined;
}

/**
 * "the Wednesday of next week", "wednesday next week", "next week on Thursday", "next week's Friday": a
 * weekday in the coming week, Monday to Sunday (not the next such weekday, which may fall this week).
 * Group 1 or 2 is the weekday.
 */
export const WEEKDAY_OF_NEXT_WEEK = new RegExp(
  `\\b(${WEEKDAYS.join('|')})\\s+(?:of\\s+)?next\\s+week\\b|\\bnext\\s+week(?:'s|\\s+on)?\\s+(${WEEKDAYS.join('|')})\\b`,
);

/** A weekday taken back: "not friday", "no, not on friday", "friday no sorry" (findDate reads past it). */
export const DAY_TAKEN_BACK = new RegExp(
  `\\b(?:not|isn'?t|wasn'?t)\\s+(?:on\\s+)?(?:${WEEKDAYS.join('|')})\\b|\\b(?:${WEEKDAYS.join('|')})\\s+(?:no|sorry|no sorry|i mean|i meant)\\b(?=[\\s,]+\\w)`,
  'g',
);
