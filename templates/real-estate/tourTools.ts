import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong, parseDay, todayIso } from '../shared/calendar.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import { joinWords } from '../shared/words.ts';
import type { RealEstateContext } from './context.ts';
import { normalizeId, parseTimeOfDay, phoneDigits } from './format.ts';
import { findListing, listingIdFrom, listingNamedIn, rememberListing, unknownListing } from './listings.ts';
import { realEstateTours } from './schema.ts';
import { FIRST_TOUR_MIN, freeTimes, LAST_TOUR_MIN, TOUR_STEP_MIN } from './tourSlots.ts';

type Ctx = ToolRunContext<RealEstateContext>;

/**
 * "actually can I change it to Sunday at 2pm?" right after booking: the viewing this conversation
 * booked of the same home is moved, not booked a second time (two slots held, two references). Null
 * when the conversation booked no viewing of this home, or it is no longer booked.
 */
async function moveBookedTour(
  ctx: Ctx,
  listing: { id: string; address: string },
  day: string,
  start: number,
): Promise<Record<string, unknown> | null> {
  const tourId = ctx.state.tourId;
  const id = Number(tourId?.replace(/^TOUR-/, ''));
  if (!tourId || ctx.state.listingId !== listing.id || !Number.isInteger(id)) return null;
  const when = `${formatDayLong(day)} at ${formatTime(start)}`;
  const moved = (await ctx.db.execute(sql`
    UPDATE real_estate_tours SET day = ${day}::date, start_min = ${start}::int
    WHERE id = ${id} AND listing_id = ${listing.id} AND status = 'booked'
      AND NOT EXISTS (SELECT 1 FROM real_estate_tours o WHERE o.listing_id = ${listing.id}
        AND o.day = ${day}::date AND o.start_min = ${start}::int AND o.status = 'booked' AND o.id <> ${id})
    RETURNING id
  `)) as unknown as { rows: { id: number }[] };
  if (moved.rows.length === 0) {
    const [still] = await ctx.db.select().from(realEstateTours).where(eq(realEstateTours.id, id));
    if (still?.status !== 'booked') return null;
    const free = (await freeTimes(ctx, listing.id, day)).slice(0, 5);
    return {
      booked: false,
      found: true,
      // Another time is what is needed: "ok 11:30 then" answers it (it got the desk's fallback).
      ...(free.length > 0 ? { missing: 'timeText' } : {}),
      message: `${formatTime(start)} on ${formatDayLong(day)} is taken at ${listing.address}. Free that day: ${joinWords(free)}.${free.length > 0 ? ' Which time would suit you?' : ''}`,
    };
  }
  return {
    booked: true,
    moved: true,
    tourId,
    reference: tourId,
    address: listing.address,
    listingId: listing.id,
    when,
    summary: `I've moved your viewing of ${listing.address} to ${when}; the reference stays ${tourId}.`,
    message: `I've moved your viewing of ${listing.address} to ${when}; the reference stays ${tourId}.`,
  };
}

export const bookTour = defineTool({
  name: 'book_tour',
  description:
    'Book a viewing of a home for sale: a tour, showing, visit, walkthrough or open house, to view or see the property on a day and time. Use it once the client wants to see a listing; returns a TOUR- reference.',
  sideEffect: true,
  parameters: z.object({
    // Optional: a home named by its address ("8 Elm Street") is found from `homeDescription`; with
    // neither, the listing already discussed, else the tool asks which home.
    listingId: z
      .string()
      .optional()
      .describe('Listing to view, e.g. LST-1004; omit when the client named the home by its address'),
    // No example in the description: parameter examples train the router as this agent's bare answers.
    homeDescription: z
      .string()
      .optional()
      .describe(
        'The home by its street address, when the client named it so; omit when a listing number is given',
      ),
    date: z.string().describe('Day of the viewing as YYYY-MM-DD'),
    timeText: z.string().describe("Start time as the client said it or HH:MM, e.g. '10:30' or '2pm'"),
    clientName: z.string().describe("The client's full name"),
    phone: z.string().describe('Phone number to confirm the viewing'),
  }),
  execute: async (args, ctx: Ctx) => {
    const named = normalizeId('LST', args.listingId)
      ? null
      : await listingNamedIn(ctx.db, args.homeDescription);
    const listingId = named?.id ?? listingIdFrom(args.listingId, ctx.state);
    if (!listingId)
      return { booked: false, missing: 'listingId', message: 'Which home would you like to see?' };
    const listing = await findListing(ctx.db, listingId);
    if (!listing || listing.status === 'draft') return { booked: false, ...unknownListing(listingId) };
    if (listing.status !== 'active')
      return {
        booked: false,
        found: true,
        message: `${listing.address} is no longer available to view: it's ${listing.status === 'pending' ? 'under contract' : listing.status}.`,
      };
    const day = parseDay(args.date);
    if (!day || day < todayIso())
      return { booked: false, missing: 'date', message: 'Which day would you like to view it?' };
    const start = parseTimeOfDay(args.timeText);
    if (start === undefined || start < FIRST_TOUR_MIN || start > LAST_TOUR_MIN || start % TOUR_STEP_MIN !== 0)
      return {
        booked: false,
        missing: 'timeText',
        message: 'What time? Viewings start on the hour or half hour, 9:00 to 18:30.',
      };
    if (!phoneDigits(args.phone))
      return { booked: false, missing: 'phone', message: 'What number can we reach you on?' };
    const name = args.clientName.trim();
    const moved = await moveBookedTour(ctx, listing, day, start);
    if (moved) return moved;
    // The partial unique index (listing, day, time) WHERE booked decides races: one insert wins, the other gets no row.
    const inserted = (await ctx.db.execute(sql`
      INSERT INTO real_estate_tours (listing_id, day, start_min, client_name, phone, status)
      VALUES (${listingId}, ${day}::date, ${start}::int, ${name}, ${args.phone.trim()}, 'booked')
      ON CONFLICT (listing_id, day, start_min) WHERE status = 'booked' DO NOTHING
      RETURNING id
    `)) as unknown as { rows: { id: number }[] };
    if (inserted.rows.length === 0) {
      const free = (await freeTimes(ctx, listingId, day)).slice(0, 5);
      return {
        booked: false,
        found: true,
        ...(free.length > 0 ? { missing: 'timeText' } : {}),
        message: `${formatTime(start)} on ${formatDayLong(day)} is taken at ${listing.address}. Free that day: ${joinWords(free)}.${free.length > 0 ? ' Which time would suit you?' : ''}`,
      };
    }
    const tourId = `TOUR-${inserted.rows[0].id}`;
    rememberListing(ctx.state, listing);
    ctx.state.tourId = tourId;
    ctx.state.clientName = name;
    ctx.state.phone = args.phone.trim();
    const when = `${formatDayLong(day)} at ${formatTime(start)}`;
    return {
      booked: true,
      tourId,
      reference: tourId,
      address: listing.address,
      listingId,
      when,
      summary: `You're booked to see ${listing.address} on ${when}. Your reference is ${tourId}.`,
      message: `Your viewing of ${listing.address} is booked for ${when}; the reference is ${tourId}.`,
    };
  },
});
