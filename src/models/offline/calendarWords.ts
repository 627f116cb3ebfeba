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
