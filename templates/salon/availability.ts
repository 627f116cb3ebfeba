import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { ToolDb } from '../../src/authoring.ts';
import { formatDayLong, parseDay, todayIso, weekdayOf } from '../shared/calendar.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import { salonBookings, salonStylistHours, salonStylists } from './schema.ts';
import { orList, type SalonService } from './serviceMatch.ts';

export type Stylist = typeof salonStylists.$inferSelect;

/** Start times are offered every half hour; any quarter hour can be booked. */
const OFFER_STEP_MIN = 30;
const BOOKING_GRID_MIN = 15;
/** Enough choices to pick from, few enough to read aloud. */
const MAX_TIMES_PER_STYLIST = 6;

/**
 * "late afternoon" is its own window: read as the afternoon, the list began at 12:00 and its six
 * times per stylist never reached the hours the customer asked for.
 */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'late afternoon', 'evening'] as const;
/** Start times a customer means by a part of the day, in minutes after midnight. */
export const PART_OF_DAY_WINDOWS: Record<(typeof PARTS_OF_DAY)[number], { from: number; to: number }> = {
  morning: { from: 0, to: 12 * 60 },
  afternoon: { from: 12 * 60, to: 17 * 60 },
  'late afternoon': { from: 15 * 60, to: 18 * 60 },
  evening: { from: 17 * 60, to: 24 * 60 },
};

export const OPEN_DAYS = 'Tuesday to Saturday';

export async function allStylists(db: ToolDb): Promise<Stylist[]> {
  return db.select().from(salonStylists).orderBy(asc(salonStylists.id));
}

/** Who does a service's category (the patch test counts as colour: any colourist can do it). */
export async function stylistsFor(db: ToolDb, service: SalonService): Promise<Stylist[]> {
  return (await allStylists(db)).filter((s) => s.specialties.split(',').includes(service.category));
}

/**
 * Why a day cannot be booked, or null when it can: a real date, not in the past, and a day the salon
 * opens. "Today" is the UTC date of the machine the tool runs on.
 */
export function dayProblem(rawDay: string): string | null {
  const day = parseDay(rawDay);
  if (!day) return `${rawDay} isn't a date I can book; which day would you like?`;
  if (day < todayIso()) return `${formatDayLong(day)} is in the past; which day would you like instead?`;
  if (weekdayOf(day) === 0 || weekdayOf(day) === 1)
    return `We're closed on ${formatDayLong(day).split(' ')[0]}s; we're open ${OPEN_DAYS}. Which day suits you?`;
  return null;
}

type Busy = { startMin: number; endMin: number };

async function shiftOf(db: ToolDb, stylistId: string, day: string): Promise<Busy | null> {
  const [shift] = await db
    .select({ startMin: salonStylistHours.startMin, endMin: salonStylistHours.endMin })
    .from(salonStylistHours)
    .where(and(eq(salonStylistHours.stylistId, stylistId), eq(salonStylistHours.weekday, weekdayOf(day))));
  return shift ?? null;
}

async function busyOf(db: ToolDb, stylistId: string, day: string, exceptBookingId?: number): Promise<Busy[]> {
  const conditions = [
    eq(salonBookings.stylistId, stylistId),
    eq(salonBookings.day, day),
    eq(salonBookings.status, 'booked'),
  ];
  if (exceptBookingId !== undefined) conditions.push(ne(salonBookings.id, exceptBookingId));
  return db
    .select({ startMin: salonBookings.startMin, endMin: salonBookings.endMin })
    .from(salonBookings)
    .where(and(...conditions));
}

function fits(shift: Busy, busy: Busy[], start: number, duration: number): boolean {
  const end = start + duration;
  return (
    start >= shift.startMin &&
    end <= shift.endMin &&
    busy.every((b) => end <= b.startMin || start >= b.endMin)
  );
}

/** Half-hourly start times at which `duration` minutes fit into a stylist's day. */
export async function freeStarts(
  db: ToolDb,
  stylist: Stylist,
  day: string,
  duration: number,
  exceptBookingId?: number,
): Promise<number[]> {
  const shift = await shiftOf(db, stylist.id, day);
  if (!shift) return [];
  const busy = await busyOf(db, stylist.id, day, exceptBookingId);
  const starts: number[] = [];
  for (let t = shift.startMin; t + duration <= shift.endMin; t += OFFER_STEP_MIN)
    if (fits(shift, busy, t, duration)) starts.push(t);
  return starts;
}

/** "Maya at 09:00, 09:30 or 13:00; Aisha at 14:00" — the first few free times of each stylist. */
export async function describeFreeTimes(
  db: ToolDb,
  stylists: readonly Stylist[],
  day: string,
  duration: number,
  exceptBookingId?: number,
  /** Only starts in this part of the day, in minutes after midnight ("the afternoon": 12:00–17:00). */
  within?: { from: number; to: number },
): Promise<{ stylist: string; times: string[] }[]> {
  const out: { stylist: string; times: string[] }[] = [];
  for (const stylist of stylists) {
    const all = await freeStarts(db, stylist, day, duration, exceptBookingId);
    const starts = within ? all.filter((m) => m >= within.from && m < within.to) : all;
    if (starts.length > 0)
      out.push({ stylist: stylist.name, times: starts.slice(0, MAX_TIMES_PER_STYLIST).map(formatTime) });
  }
  return out;
}

export function freeTimesSentence(free: readonly { stylist: string; times: string[] }[]): string {
  return free.map((f) => `${f.stylist} at ${orList(f.times)}`).join('; ');
}

export type SlotChoice =
  | { ok: true; stylist: Stylist }
  | { ok: false; message: string; alternatives: { stylist: string; times: string[] }[] };

/**
 * Picks the stylist for `start` on `day` inside the caller's transaction. The candidate stylists'
 * rows are locked first (in id order, so two bookings never deadlock): a concurrent booking for the
 * same stylist waits here and then sees this one, so a stylist is never double-booked.
 */
export async function claimSlot(
  tx: ToolDb,
  input: {
    day: string;
    start: number;
    duration: number;
    candidates: readonly Stylist[];
    preferred?: string | null;
    exceptBookingId?: number;
  },
): Promise<SlotChoice> {
  const { day, start, duration } = input;
  const ids = input.candidates.map((s) => s.id);
  if (ids.length === 0)
    return { ok: false, message: 'None of our stylists does that service.', alternatives: [] };
  await tx
    .select({ id: salonStylists.id })
    .from(salonStylists)
    .where(inArray(salonStylists.id, ids))
    .orderBy(asc(salonStylists.id))
    .for('update');
  if (start % BOOKING_GRID_MIN !== 0)
    return {
      ok: false,
      message: 'We book on the quarter hour, like 10:00 or 10:15. Which time suits you?',
      alternatives: [],
    };
  const ordered = input.preferred
    ? input.candidates.filter((s) => s.name.toLowerCase() === input.preferred!.toLowerCase())
    : input.candidates;
  if (ordered.length === 0) {
    const names = orList(input.candidates.map((s) => s.name));
    return {
      ok: false,
      message: `${input.preferred} doesn't do that service; ${names} can.`,
      alternatives: [],
    };
  }
  for (const stylist of ordered) {
    const shift = await shiftOf(tx, stylist.id, day);
    if (!shift) continue;
    const busy = await busyOf(tx, stylist.id, day, input.exceptBookingId);
    if (fits(shift, busy, start, duration)) return { ok: true, stylist };
  }
  const alternatives = await describeFreeTimes(tx, ordered, day, duration, input.exceptBookingId);
  const who = input.preferred ?? 'anyone';
  const when = `${formatTime(start)} on ${formatDayLong(day)}`;
  const message =
    alternatives.length > 0
      ? `${who === 'anyone' ? "We're" : `${who} is`} fully booked at ${when}. Free that day: ${freeTimesSentence(alternatives)}. Which would you like?`
      : `${who === 'anyone' ? "There's" : `${who} has`} nothing free for that on ${formatDayLong(day)}; would another day work?`;
  return { ok: false, message, alternatives };
}
