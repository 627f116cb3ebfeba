import { and, asc, eq, gte } from 'drizzle-orm';
import type { ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong, parseDay, todayIso } from '../shared/calendar.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import type { RealEstateContext } from './context.ts';
import { normalizeId, phoneDigits } from './format.ts';
import { findListing, listingNamedIn } from './listings.ts';
import { realEstateTours } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;
export type Tour = typeof realEstateTours.$inferSelect;

/** How a client names a viewing they booked: its reference, the home's address, its day, their number. */
export type TourReference = {
  tourId?: string | null;
  homeDescription?: string | null;
  viewingDay?: string | null;
  phone?: string | null;
};

export type FoundTour =
  | { ok: true; tour: Tour; address: string; when: string }
  | { ok: false; result: Record<string, unknown> };

/**
 * The booked, upcoming viewing a client means. Only a viewing this conversation booked, or one booked
 * under the phone number the client gives (or gave): nobody moves or cancels another client's viewing
 * by guessing references. Narrowed by the reference, the home's address and the day said; with none
 * said, the one this conversation booked; several left under one number are listed to pick from.
 */
export async function bookedTourFor(ref: TourReference, ctx: Ctx): Promise<FoundTour> {
  const digits = phoneDigits(ref.phone) ?? phoneDigits(ctx.state.phone);
  const own = ctx.state.tourId;
  const upcoming = await ctx.db
    .select()
    .from(realEstateTours)
    .where(and(eq(realEstateTours.status, 'booked'), gte(realEstateTours.day, todayIso())))
    .orderBy(asc(realEstateTours.day), asc(realEstateTours.startMin));
  const mine = upcoming.filter(
    (t) => `TOUR-${t.id}` === own || (digits !== null && phoneDigits(t.phone) === digits),
  );
  const wanted = normalizeId('TOUR', ref.tourId);
  const listing = wanted ? null : await listingNamedIn(ctx.db, ref.homeDescription);
  const day = parseDay(ref.viewingDay ?? undefined);
  let candidates = mine;
  if (wanted) candidates = candidates.filter((t) => `TOUR-${t.id}` === wanted);
  if (listing) candidates = candidates.filter((t) => t.listingId === listing.id);
  if (day) candidates = candidates.filter((t) => t.day === day);
  // Nothing said to narrow it: the viewing this conversation booked, if it still stands.
  if (!wanted && !listing && !day && candidates.some((t) => `TOUR-${t.id}` === own))
    candidates = candidates.filter((t) => `TOUR-${t.id}` === own);
  if (candidates.length === 1) return { ok: true, ...(await described(ctx, candidates[0])) };
  if (candidates.length === 0 && digits === null)
    return {
      ok: false,
      result: { found: false, missing: 'phone', message: 'What phone number was the viewing booked under?' },
    };
  if (candidates.length === 0)
    return {
      ok: false,
      result: {
        found: false,
        message:
          "I can't find a booked viewing like that under your number. If it was booked under another number, tell me that one.",
      },
    };
  const lines = await Promise.all(candidates.map(async (t) => (await described(ctx, t)).line));
  return {
    ok: false,
    result: {
      found: true,
      missing: 'tourId',
      tours: candidates.map((t) => ({ tourId: `TOUR-${t.id}` })),
      message: `You have ${candidates.length} viewings booked: ${lines.join('; ')}. Which one do you mean?`,
    },
  };
}

async function described(ctx: Ctx, tour: Tour) {
  const listing = await findListing(ctx.db, tour.listingId);
  const address = listing?.address ?? tour.listingId;
  const when = `${formatDayLong(tour.day)} at ${formatTime(tour.startMin)}`;
  return { tour, address, when, line: `TOUR-${tour.id}, ${address} on ${when}` };
}

/** Puts the viewing in the state, so a read-back names it and "cancel it" later means this one. */
export function rememberTour(state: RealEstateContext, found: { tour: Tour; address: string; when: string }) {
  state.tourId = `TOUR-${found.tour.id}`;
  state.listingId = found.tour.listingId;
  state.tourAddress = found.address;
  state.tourWhen = found.when;
}
