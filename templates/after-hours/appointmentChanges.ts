import { and, asc, eq, gt, gte, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { ToolDb } from '../../src/authoring.ts';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayShort, parseDay, todayIso } from '../shared/calendar.ts';
import { formatTime, timeOfDayParser } from '../shared/timeOfDay.ts';
import { namedVisit } from '../shared/visitNamed.ts';
import { joinWords, normalizeId } from '../shared/words.ts';
import { appointmentsHeld, missReply, type SlotRow } from './bookingHolder.ts';
import type { AfterHoursContext } from './context.ts';
import { afterHoursSlots } from './schema.ts';
import { SLOT_PROVIDERS } from './seedData.ts';

/**
 * Cancelling and moving an appointment booked on the after-hours line. A booking here is a slot held in
 * a name and the phone number given at booking (`book_slot`); the caller gives both, and each tool checks
 * them before anything about the appointment is said or changed (bookingHolder.ts). The visit is found by
 * its slot number, the caller's words for it (the doctor, the day) or as the only one. Both changes are
 * read back first, naming the visit from `find_mine` (graph.ts `confirm`).
 */

type Ctx = ToolRunContext<AfterHoursContext>;

/** The clinic's day runs 08:30 to 13:30 on this line: a bare 1 to 6 o'clock is the afternoon. */
export const parseLineTime = timeOfDayParser({ references: /sl[-\s]?\d+/, afternoonUpTo: 6 });

const visitText = (s: SlotRow) =>
  `appointment on ${formatDayShort(s.slotDate)} at ${s.startTime} with Dr. ${s.provider} (${s.id})`;

const facts = (s: SlotRow) => ({ date: s.slotDate, words: `Dr. ${s.provider}`, reference: s.id });

const nameParam = z
  .string()
  .optional()
  .describe('Full name the appointment is under; omit when the caller booked it in this call');
const phoneParam = z
  .string()
  .optional()
  // The example is no booking's number: a question asked again says it ("For example: 555-0100").
  .describe('Phone number the appointment was booked with, e.g. 555-0100; omit when booked in this call');
const slotParam = z
  .string()
  .optional()
  .describe("The appointment's own slot number, e.g. SL-438; omit to find it by name and the caller's words");
const visitParam = z
  .string()
  .optional()
  .describe("Which appointment, in the caller's words or its number (SL-405), when there may be several");

/** The appointment a change is about: by number or words (never the day it moves to), or the only one. */
function visitMeant(
  booked: readonly SlotRow[],
  args: { bookedSlotId?: string; visitDescription?: string },
  movingTo?: string,
) {
  const wanted = normalizeId('SL', args.bookedSlotId);
  if (wanted) return booked.find((s) => s.id === wanted);
  const said = args.visitDescription;
  return (
    namedVisit(booked, said, facts, parseDay(movingTo) ?? undefined) ??
    (booked.length === 1 ? booked[0] : undefined)
  );
}

function listing(name: string, booked: readonly SlotRow[], action: string) {
  return {
    appointments: booked.map((s) => ({
      bookedSlotId: s.id,
      date: s.slotDate,
      time: s.startTime,
      provider: s.provider,
    })),
    message: `${name} has ${booked.length} appointments: ${joinWords(booked.map(visitText))}. Which one should I ${action}? You can tell me the doctor or the day.`,
  };
}

export const findMine = defineTool({
  name: 'find_mine',
  // The Scheduler's examples already route moving and cancelling here; with these words in the router,
  // after-hours blind routing fell (off-topic rows no longer kept at Root: docs/dialogue.md).
  routingText: false,
  description: 'The slot held under my name: its day, time and doctor.',
  parameters: z.object({
    bookedUnderName: nameParam,
    bookedUnderPhone: phoneParam,
    bookedSlotId: slotParam,
    visitDescription: visitParam,
    date: z
      .string()
      .optional()
      .describe(
        'New day an appointment is being moved to, YYYY-MM-DD (a day said from it counts from its day); it names none',
      ),
    timeText: z.string().optional().describe('A new time an appointment is being moved to, as said'),
  }),
  execute: async (args, ctx: Ctx) => {
    const held = await appointmentsHeld(args, ctx);
    if (held.kind === 'ask') return held.reply;
    if (held.kind === 'miss') {
      // A move asked for an appointment this line does not hold (the day clinic booked most of them): the
      // caller still wants to come in that day, so the openings from it are offered, to book in that name.
      // Said alike whether the name holds nothing or the number is not its own. Only for a move (a new day
      // or time said): to a cancellation, openings are an offer nobody asked for, and the caller's
      // corrected number then read as an answer to them, not to the cancellation.
      const moving = args.date !== undefined || args.timeText !== undefined;
      const openings =
        held.misses === 1 && moving ? await openSlotsFrom(ctx.db, args.date ?? todayIso()) : [];
      if (openings.length > 0) {
        ctx.state.callerName = held.name;
        ctx.state.slotId = openings[0].id;
        return {
          ...missReply(
            held.misses,
            {},
            ` If you'd like a new one, the next openings${args.date ? ` from ${formatDayShort(args.date)}` : ''} are ${joinWords(openings.map((s) => `${formatDayShort(s.slotDate)} at ${s.startTime} with Dr. ${s.provider} (${s.id})`))}. Which one would you like?`,
          ),
          slots: openings.map((s) => ({
            slotId: s.id,
            date: s.slotDate,
            time: s.startTime,
            provider: s.provider,
          })),
        };
      }
      return missReply(held.misses, {});
    }
    const { name, booked } = held;
    const visit = visitMeant(booked, args, args.date);
    // The one named stays the one a "yes" to the read-back changes, whatever the caller said to pick it.
    if (visit) Object.assign(ctx.state, { bookedSlotId: visit.id, bookedDate: visit.slotDate });
    if (visit && args.bookedSlotId)
      return { found: true, count: 1, visit: visitText(visit), message: `${name}'s ${visitText(visit)}.` };
    return {
      found: true,
      count: booked.length,
      appointments: booked.map((s) => ({
        bookedSlotId: s.id,
        date: s.slotDate,
        time: s.startTime,
        provider: s.provider,
      })),
      ...(visit ? { visit: visitText(visit) } : {}),
      message:
        booked.length === 1
          ? `${name} has one appointment: ${visitText(booked[0])}.`
          : `${name} has ${booked.length} appointments: ${joinWords(booked.map(visitText))}.`,
    };
  },
});

export const cancelSlot = defineTool({
  name: 'cancel_slot',
  // The Scheduler's examples already route moving and cancelling here; with these words in the router,
  // after-hours blind routing fell (off-topic rows no longer kept at Root: docs/dialogue.md).
  routingText: false,
  description: "Cancel my slot: I can't make it any more, so it is freed.",
  sideEffect: true,
  parameters: z.object({
    bookedUnderName: nameParam,
    bookedUnderPhone: phoneParam,
    bookedSlotId: slotParam,
    visitDescription: visitParam,
  }),
  execute: async (args, ctx: Ctx) => {
    const held = await appointmentsHeld(args, ctx);
    if (held.kind === 'ask') return { cancelled: false, ...held.reply };
    if (held.kind === 'miss') return missReply(held.misses, { cancelled: false });
    const { name, booked } = held;
    const visit = visitMeant(booked, args);
    if (!visit) return { cancelled: false, ...listing(name, booked, 'cancel') };
    // Freed only while still held in this name and number: a second, concurrent cancel finds nothing.
    const freed = await ctx.db
      .update(afterHoursSlots)
      .set({ bookedFor: null, bookedPhone: null })
      .where(
        and(
          eq(afterHoursSlots.id, visit.id),
          eq(afterHoursSlots.bookedFor, visit.bookedFor ?? ''),
          eq(afterHoursSlots.bookedPhone, visit.bookedPhone ?? ''),
        ),
      )
      .returning({ id: afterHoursSlots.id });
    if (freed.length === 0) return { cancelled: false, message: `That appointment was already cancelled.` };
    delete ctx.state.bookedSlotId;
    delete ctx.state.bookedDate;
    return {
      cancelled: true,
      slotId: visit.id,
      message: `I've cancelled your ${visitText(visit)}. The slot is free for someone else.`,
    };
  },
});

export const rescheduleSlot = defineTool({
  name: 'reschedule_slot',
  // The Scheduler's examples already route moving and cancelling here; with these words in the router,
  // after-hours blind routing fell (off-topic rows no longer kept at Root: docs/dialogue.md).
  routingText: false,
  description:
    'Move, change, reschedule or postpone my appointment (with Dr. Okafor, Dr. Whitfield or Dr. Patel) to another day or time instead, earlier or later; the same doctor unless I name another, and the old slot is freed.',
  sideEffect: true,
  parameters: z.object({
    bookedUnderName: nameParam,
    bookedUnderPhone: phoneParam,
    bookedSlotId: slotParam,
    visitDescription: visitParam,
    date: z
      .string()
      .optional()
      .describe(
        "New day as YYYY-MM-DD; omit when the caller keeps the appointment's day and changes only the time",
      ),
    timeText: z
      .string()
      .optional()
      .describe(
        "New start time as the caller said it or HH:MM, e.g. '9:30am'; omit when the caller keeps the appointment's own time",
      ),
    provider: z
      .enum(SLOT_PROVIDERS)
      .optional()
      .describe('New doctor for the move: the surname of another one, only when the caller names one'),
  }),
  execute: async (args, ctx: Ctx) => {
    const held = await appointmentsHeld(args, ctx);
    if (held.kind === 'ask') return { rescheduled: false, ...held.reply };
    if (held.kind === 'miss') return missReply(held.misses, { rescheduled: false });
    const { name, booked } = held;
    const visit = visitMeant(booked, args, args.date);
    if (!visit) return { rescheduled: false, ...listing(name, booked, 'move') };
    if (args.date === undefined && args.timeText === undefined)
      return { rescheduled: false, missing: 'date', message: 'Which day would you like instead?' };
    const day = args.date === undefined ? visit.slotDate : parseDay(args.date);
    if (!day || day <= todayIso())
      return { rescheduled: false, missing: 'date', message: 'Which day would you like instead?' };
    const minutes = args.timeText === undefined ? undefined : parseLineTime(args.timeText);
    const time = minutes === undefined ? visit.startTime : formatTime(minutes);
    const provider = args.provider ?? visit.provider;
    if (day === visit.slotDate && time === visit.startTime && provider === visit.provider)
      return {
        rescheduled: false,
        message: `Your appointment is already on ${formatDayShort(day)} at ${time}.`,
      };
    return ctx.db.transaction(async (tx) => {
      // The new slot is taken only while open, so two moves of one appointment cannot both land.
      const [slot] = await tx
        .update(afterHoursSlots)
        .set({ bookedFor: visit.bookedFor, bookedPhone: visit.bookedPhone })
        .where(
          and(
            eq(afterHoursSlots.provider, provider),
            eq(afterHoursSlots.slotDate, day),
            eq(afterHoursSlots.startTime, time),
            isNull(afterHoursSlots.bookedFor),
          ),
        )
        .returning();
      if (!slot) return { rescheduled: false, ...(await openingsInstead(tx, provider, day, time)) };
      // The old slot is free for someone else.
      await tx
        .update(afterHoursSlots)
        .set({ bookedFor: null, bookedPhone: null })
        .where(eq(afterHoursSlots.id, visit.id));
      Object.assign(ctx.state, { bookedSlotId: slot.id, bookedDate: slot.slotDate });
      return {
        rescheduled: true,
        slotId: slot.id,
        previously: visitText(visit),
        message: `Done: your appointment is now on ${formatDayShort(slot.slotDate)} at ${slot.startTime} with Dr. ${slot.provider} (${slot.id}); the old slot is freed.`,
      };
    });
  },
});

/** Open slots from `day` on (never today or earlier), soonest first. */
async function openSlotsFrom(db: ToolDb, day: string): Promise<SlotRow[]> {
  return db
    .select()
    .from(afterHoursSlots)
    .where(
      and(
        isNull(afterHoursSlots.bookedFor),
        day > todayIso() ? gte(afterHoursSlots.slotDate, day) : gt(afterHoursSlots.slotDate, todayIso()),
      ),
    )
    .orderBy(asc(afterHoursSlots.slotDate), asc(afterHoursSlots.startTime), asc(afterHoursSlots.id))
    .limit(3);
}

/**
 * The doctor's next openings from that day, when the time asked for is taken: times rather than slot
 * numbers (a number picked here would be a new booking), closed with the time question so the time said
 * next answers the move.
 */
async function openingsInstead(db: ToolDb, provider: string, day: string, time: string) {
  const openings = await db
    .select()
    .from(afterHoursSlots)
    .where(
      and(
        eq(afterHoursSlots.provider, provider),
        isNull(afterHoursSlots.bookedFor),
        gte(afterHoursSlots.slotDate, day),
      ),
    )
    .orderBy(asc(afterHoursSlots.slotDate), asc(afterHoursSlots.startTime))
    .limit(3);
  const asked = `Dr. ${provider} has no opening on ${formatDayShort(day)} at ${time}.`;
  if (openings.length === 0)
    return { message: `${asked} I don't see any later openings with Dr. ${provider}.` };
  return {
    missing: 'timeText',
    openings: openings.map((s) => ({ date: s.slotDate, timeText: s.startTime })),
    message: `${asked} The next openings with Dr. ${provider} are ${joinWords(openings.map((s) => `${formatDayShort(s.slotDate)} at ${s.startTime}`))}. What time would suit you?`,
  };
}
