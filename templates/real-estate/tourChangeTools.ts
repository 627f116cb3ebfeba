import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong, parseDay, todayIso } from '../shared/calendar.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import { bookedTourFor, rememberTour } from './bookedTours.ts';
import type { RealEstateContext } from './context.ts';
import { parseTimeOfDay } from './format.ts';
import { FIRST_TOUR_MIN, freeTimes, LAST_TOUR_MIN, TOUR_STEP_MIN } from './tourSlots.ts';

type Ctx = ToolRunContext<RealEstateContext>;

/*
 * Tool texts are routing texts (routerTrainingSet.ts): every word here also teaches the router what
 * TourBooker keeps, and the offline model favours a tool whose name's object a message says. So the
 * names say the action ("cancel", "reschedule") and an object nobody says when asking to see a home
 * ("reservation": `cancel_tour` tied with book_tour on "I want to tour LST-1004"), and the
 * descriptions use only words a client says when they want that change (not "viewing" or "tour"; not "make", "instead" or "day or time", which a correction
 * while booking says: "no, make it Thursday" is no cancellation), with no examples in the parameters (an example becomes a bare answer TourBooker
 * keeps; the reference's is harmless, a bare phone number's was not). A booking's words ("see", "visit", "open house") stay book_tour's.
 */

// How a client names the viewing: none of these is required, the one this conversation booked is meant.
const tourIdParam = z
  .string()
  .optional()
  .describe('Viewing reference, e.g. TOUR-12; omit for the viewing booked in this conversation');
const homeParam = z
  .string()
  .optional()
  .describe('The home by its street address, if the client named it so; omit otherwise');
const phoneParam = z
  .string()
  .optional()
  .describe(
    'Phone number the viewing was booked under; omit when the viewing was booked in this conversation',
  );

export const cancelTour = defineTool({
  name: 'cancel_reservation',
  description: "Cancel (call off) a reservation: the client won't be coming after all; frees its slot.",
  sideEffect: true,
  parameters: z.object({
    tourId: tourIdParam,
    homeDescription: homeParam,
    viewingDay: z
      .string()
      .optional()
      .describe('Day of the viewing to cancel as YYYY-MM-DD, if the client said it'),
    phone: phoneParam,
  }),
  execute: async (args, ctx: Ctx) => {
    const found = await bookedTourFor(args, ctx);
    if (!found.ok) return { cancelled: false, ...found.result };
    const { tour, address, when } = found;
    // Only a booked viewing is cancelled: a second cancel (a retry) changes nothing.
    const updated = (await ctx.db.execute(sql`
      UPDATE real_estate_tours SET status = 'cancelled' WHERE id = ${tour.id} AND status = 'booked' RETURNING id
    `)) as unknown as { rows: { id: number }[] };
    const reference = `TOUR-${tour.id}`;
    if (updated.rows.length === 0)
      return { cancelled: false, found: true, message: `Viewing ${reference} was already cancelled.` };
    rememberTour(ctx.state, found);
    return {
      cancelled: true,
      tourId: reference,
      reference,
      address,
      when,
      message: `I've cancelled your viewing of ${address} on ${when} (reference ${reference}), and the slot is free again.`,
    };
  },
});

export const rescheduleTour = defineTool({
  name: 'reschedule_reservation',
  description:
    'Reschedule a reservation: move it, push it back or bring it forward, keeping its reference; frees the old slot.',
  sideEffect: true,
  parameters: z.object({
    tourId: tourIdParam,
    homeDescription: homeParam,
    phone: phoneParam,
    date: z
      .string()
      .optional()
      .describe(
        "New day as YYYY-MM-DD; omit when the client keeps the viewing's own day and changes only the time",
      ),
    timeText: z
      .string()
      .optional()
      .describe(
        "New start time as the client said it or HH:MM; omit when the client keeps the viewing's own time",
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const found = await bookedTourFor(args, ctx);
    if (!found.ok) return { moved: false, ...found.result };
    const { tour, address } = found;
    if (!args.date && !args.timeText)
      return {
        moved: false,
        found: true,
        missing: 'date',
        message: 'Which day and time would suit you instead?',
      };
    const day = args.date ? parseDay(args.date) : tour.day;
    if (!day || day < todayIso())
      return { moved: false, found: true, missing: 'date', message: 'Which day would you like instead?' };
    const start = args.timeText ? parseTimeOfDay(args.timeText) : tour.startMin;
    if (start === undefined || start < FIRST_TOUR_MIN || start > LAST_TOUR_MIN || start % TOUR_STEP_MIN !== 0)
      return {
        moved: false,
        found: true,
        missing: 'timeText',
        message: 'What time? Viewings start on the hour or half hour, 9:00 to 18:30.',
      };
    const when = `${formatDayLong(day)} at ${formatTime(start)}`;
    const reference = `TOUR-${tour.id}`;
    // The row itself moves, so its old time is free at once; the new one must be free of any other viewing.
    const moved = (await ctx.db.execute(sql`
      UPDATE real_estate_tours SET day = ${day}::date, start_min = ${start}::int
      WHERE id = ${tour.id} AND status = 'booked'
        AND NOT EXISTS (SELECT 1 FROM real_estate_tours o WHERE o.listing_id = ${tour.listingId}
          AND o.day = ${day}::date AND o.start_min = ${start}::int AND o.status = 'booked' AND o.id <> ${tour.id})
      RETURNING id
    `)) as unknown as { rows: { id: number }[] };
    if (moved.rows.length === 0) {
      const free = (await freeTimes(ctx, tour.listingId, day)).slice(0, 5).join(', ');
      return {
        moved: false,
        found: true,
        message: `${formatTime(start)} on ${formatDayLong(day)} is taken at ${address}. Free that day: ${free}.`,
      };
    }
    rememberTour(ctx.state, { tour, address, when });
    return {
      booked: true,
      moved: true,
      tourId: reference,
      reference,
      address,
      when,
      message: `I've moved your viewing of ${address} to ${when}; the reference stays ${reference}.`,
    };
  },
});
