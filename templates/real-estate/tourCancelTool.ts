import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong, todayIso } from '../shared/calendar.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import type { RealEstateContext } from './context.ts';
import { phoneDigits } from './format.ts';
import { findListing } from './listings.ts';
import { realEstateTours } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;

type Tour = typeof realEstateTours.$inferSelect;

/**
 * The viewing to cancel: the reference said, else the one this conversation booked, else the next one
 * booked under the phone number given. A reference is honoured only with the phone it was booked
 * under (said, or this conversation's), so nobody cancels another client's viewing by guessing numbers.
 */
async function tourToCancel(args: { tourId?: string; phone?: string }, ctx: Ctx): Promise<Tour | null> {
  const digits = phoneDigits(args.phone) ?? phoneDigits(ctx.state.phone);
  const ref = (args.tourId ?? ctx.state.tourId)?.toUpperCase().replace(/^TOUR\s*-?\s*/, '');
  const id = Number(ref);
  if (ref && Number.isInteger(id)) {
    const [tour] = await ctx.db.select().from(realEstateTours).where(eq(realEstateTours.id, id));
    const own = tour && (`TOUR-${id}` === ctx.state.tourId || phoneDigits(tour.phone) === digits);
    if (own) return tour;
  }
  if (!digits) return null;
  const upcoming = await ctx.db
    .select()
    .from(realEstateTours)
    .where(and(eq(realEstateTours.status, 'booked'), gte(realEstateTours.day, todayIso())))
    .orderBy(asc(realEstateTours.day), asc(realEstateTours.startMin));
  return upcoming.find((t) => phoneDigits(t.phone) === digits) ?? null;
}

export const cancelTour = defineTool({
  name: 'cancel_tour',
  description:
    'Cancel a viewing (tour, showing) that was booked: the client can no longer make it or wants to call it off. Finds it by its TOUR- reference, the viewing booked in this conversation, or the phone number it was booked under.',
  sideEffect: true,
  parameters: z.object({
    tourId: z
      .string()
      .optional()
      .describe('Viewing reference, e.g. TOUR-7; omit when the viewing was booked in this conversation'),
    phone: z
      .string()
      .optional()
      .describe('Phone number the viewing was booked under, e.g. 555-0163; omit when the reference is given'),
  }),
  execute: async (args, ctx: Ctx) => {
    const tour = await tourToCancel(args, ctx);
    if (!tour)
      return {
        cancelled: false,
        found: false,
        message:
          "I can't find a booked viewing under that reference or number. If it was booked under another number, tell me that one.",
      };
    const listing = await findListing(ctx.db, tour.listingId);
    const when = `${formatDayLong(tour.day)} at ${formatTime(tour.startMin)}`;
    const what = `your viewing of ${listing?.address ?? tour.listingId} on ${when}`;
    // The status check makes a second cancel a no-op rather than a second write.
    const updated = await ctx.db
      .update(realEstateTours)
      .set({ status: 'cancelled' })
      .where(sql`${realEstateTours.id} = ${tour.id} and ${realEstateTours.status} = 'booked'`)
      .returning({ id: realEstateTours.id });
    if (updated.length === 0)
      return {
        cancelled: false,
        found: true,
        message: `${what[0].toUpperCase()}${what.slice(1)} was already cancelled.`,
      };
    return {
      cancelled: true,
      tourId: `TOUR-${tour.id}`,
      when,
      message: `I've cancelled ${what} (reference TOUR-${tour.id}).`,
    };
  },
});
