import { minutesOfClock } from './timeOfDay.ts';

/** Parts of the day a caller asks openings for ("tomorrow afternoon", "fri morning"). */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** Start times a caller means by a part of the day ("after 5" is the evening), as HH:MM bounds. */
const PART_OF_DAY_HOURS: Record<PartOfDay, [string, string]> = {
  morning: ['00:00', '12:00'],
  afternoon: ['12:00', '17:00'],
  evening: ['17:00', '24:00'],
};

/** Whether an HH:MM start time falls in that part of the day. */
export const inPartOfDay = (time: string, part: PartOfDay) =>
  time >= PART_OF_DAY_HOURS[part][0] && time < PART_OF_DAY_HOURS[part][1];

/** Whether a lower bound (minutes after midnight) narrows that part of the day: "after 5" in the evening does not. */
export const narrowsPartOfDay = (earliest: number, part: PartOfDay) =>
  earliest > minutesOfClock(PART_OF_DAY_HOURS[part][0]);
