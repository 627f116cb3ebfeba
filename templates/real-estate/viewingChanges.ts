import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolDb, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong, parseDay, todayIso } from '../shared/calendar.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import { namedVisit } from '../shared/visitNamed.ts';
import { joinWords } from '../shared/words.ts';
import type { RealEstateContext } from './context.ts';
import { normalizeId, parseTimeOfDay, phoneDigits } from './format.ts';
import { realEstateListings, realEstateTours } from './schema.ts';
import { FIRST_TOUR_MIN, freeTimes, LAST_TOUR_MIN, TOUR_STEP_MIN } from './tourSlots.ts';

/**
 * Moving and cancelling a viewing a client booked (issue #23). A viewing is held under the phone number
 * given at booking, so that number is what the client proves (or the viewing was booked in this
 * conversation); the viewing is found by its TOUR- reference, the client's words for it (the home's
 * street, the day) or as the only one. Both changes are read back first, naming the viewing from
 * `find_mine` (graph.ts `confirm`), and run on "yes" only.
 *
 * `routingText: false` on all three: the router's training texts stay as they were. Each tool text
 * added to TourBooker reshuffles every router's seeded SGD order (docs/dialogue.md, thirteenth pass:
 * held-out batch 10 fell 7 → 5 of 10); TourBooker's examples already route "reschedule my viewing".
 * The offline model still matches these texts against what a caller says at TourBooker, so they share
 * no word with a booking ("viewing", "see", "make it", "want", "instead"): with "my viewing" in them,
 * "I'd like a viewing of LST-1002" was a cancellation and "no, make it Thursday" too. The changes are
 * named after `book_tour`'s object, so "cancel my viewing" is not read as cancelling another thing
 * (toolMatcher.ts `actsOnSomethingElse`); the look-up's object ("mine") is nothing a client says.
 */

type Ctx = ToolRunContext<RealEstateContext>;
type TourRow = typeof realEstateTours.$inferSelect;
type Viewing = TourRow & { address: string; neighborhood: string };

const viewingText = (v: Viewing) =>
  `viewing of ${v.address} on ${formatDayLong(v.day)} at ${formatTime(v.startMin)} (TOUR-${v.id})`;

const facts = (v: Viewing) => ({
  date: v.day,
  words: `${v.address} ${v.neighborhood}`,
  reference: `TOUR-${v.id}`,
});

const phoneParam = z
  .string()
  .optional()
  .describe('Phone number the viewing was booked under; omit when it was booked in this call');
const tourParam = z
  .string()
  .optional()
  .describe(
    "The viewing's reference, e.g. TOUR-12; omit to find it by the phone number and the caller's words",
  );
const viewingParam = z
  .string()
  .optional()
  .describe("Which viewing, in the caller's words (the home's street, the day), when there may be several");

const ASK_PHONE = {
  found: false,
  missing: 'bookedUnderPhone',
  message: 'What phone number was the viewing booked under?',
};

/** The booked, upcoming viewings under the number, or the one this conversation booked; soonest first. */
async function viewingsOf(
  db: ToolDb,
  digits: string | null,
  ownTourId: string | undefined,
): Promise<Viewing[]> {
  const rows = await db
    .select({
      tour: realEstateTours,
      address: realEstateListings.address,
      hood: realEstateListings.neighborhood,
    })
    .from(realEstateTours)
    .innerJoin(realEstateListings, eq(realEstateListings.id, realEstateTours.listingId))
    .where(and(eq(realEstateTours.status, 'booked'), gte(realEstateTours.day, todayIso())))
    .orderBy(asc(realEstateTours.day), asc(realEstateTours.startMin));
  return rows
    .filter(
      (r) => `TOUR-${r.tour.id}` === ownTourId || (digits !== null && phoneDigits(r.tour.phone) === digits),
    )
    .map((r) => ({ ...r.tour, address: r.address, neighborhood: String(r.hood ?? '') }));
}

type Args = { bookedUnderPhone?: string; tourId?: string; viewingDescription?: string };

/** The TOUR- reference given, as the parameter or said in the caller's words ("viewing TOUR-2"). */
const referenceOf = (args: Args) =>
  normalizeId('TOUR', args.tourId) ??
  normalizeId('TOUR', args.viewingDescription?.match(/\btour[-\s]?\d+\b/i)?.[0]);

/** The caller's words say a move ("move it to Friday"): a day in them is where it goes, not which one. */
const MOVE_WORDS = /\b(move|moving|reschedul\w*|push|bring|postpone|change|switch|instead)\b/i;

/** The client's viewings, or what to say instead (whose number, nothing booked under it). */
async function clientViewings(
  args: Args,
  ctx: Ctx,
): Promise<{ viewings: Viewing[]; who: string } | { reply: Record<string, unknown> }> {
  const said = phoneDigits(args.bookedUnderPhone);
  const digits = said ?? phoneDigits(ctx.state.phone);
  // A number said names whose viewings these are; the conversation's own booking counts only without one.
  const own = said === null || said === phoneDigits(ctx.state.phone) ? ctx.state.tourId : undefined;
  if (digits === null && !own) return { reply: ASK_PHONE };
  const viewings = await viewingsOf(ctx.db, digits, own);
  const who = digits === null ? 'in this call' : `under ${args.bookedUnderPhone?.trim() || ctx.state.phone}`;
  const wanted = referenceOf(args);
  if (viewings.length === 0 || (wanted && !viewings.some((v) => `TOUR-${v.id}` === wanted)))
    // Another client's reference reads as not found: nothing about it is said.
    return {
      reply: {
        found: false,
        message: `I don't see ${wanted ? `a booked viewing ${wanted}` : 'an upcoming viewing'} ${who}. Was it booked under another number?`,
      },
    };
  if (said !== null) ctx.state.phone = args.bookedUnderPhone?.trim();
  return { viewings, who };
}

/** The viewing a change is about: by reference or words (never the day it moves to), or the only one. */
function viewingMeant(viewings: readonly Viewing[], args: Args, movingTo?: string): Viewing | undefined {
  const wanted = referenceOf(args);
  if (wanted) return viewings.find((v) => `TOUR-${v.id}` === wanted);
  return (
    namedVisit(viewings, args.viewingDescription, facts, parseDay(movingTo) ?? undefined) ??
    (viewings.length === 1 ? viewings[0] : undefined)
  );
}

function listing(viewings: readonly Viewing[], who: string, action: string) {
  return {
    viewings: viewings.map((v) => ({
      tourId: `TOUR-${v.id}`,
      address: v.address,
      date: v.day,
      time: formatTime(v.startMin),
    })),
    message: `There are ${viewings.length} viewings booked ${who}: ${joinWords(viewings.map(viewingText))}. Which one should I ${action}? You can tell me the street or the day.`,
  };
}

export const findMine = defineTool({
  name: 'find_mine',
  routingText: false,
  description: 'What is held under my phone number, and when.',
  parameters: z.object({
    bookedUnderPhone: phoneParam,
    tourId: tourParam,
    viewingDescription: viewingParam,
    newDate: z
      .string()
      .optional()
      .describe('A new day a viewing is being moved to, YYYY-MM-DD; it names none'),
    newTime: z.string().optional().describe('A new time a viewing is being moved to, as said'),
  }),
  execute: async (args, ctx: Ctx) => {
    const found = await clientViewings(args, ctx);
    if ('reply' in found) return found.reply;
    const { viewings } = found;
    // Asked before a cancellation too, when the day said names the viewing, not a new one.
    const movingTo = MOVE_WORDS.test(args.viewingDescription ?? '') ? args.newDate : undefined;
    const viewing = viewingMeant(viewings, args, movingTo);
    // The one named stays the one a "yes" to the read-back changes, whatever was said to pick it.
    if (viewing) Object.assign(ctx.state, { tourId: `TOUR-${viewing.id}`, tourDate: viewing.day });
    return {
      found: true,
      count: viewings.length,
      viewings: viewings.map((v) => ({ tourId: `TOUR-${v.id}`, address: v.address, date: v.day })),
      ...(viewing ? { viewing: viewingText(viewing) } : {}),
      message:
        viewings.length === 1
          ? `You have one viewing booked: ${viewingText(viewings[0])}.`
          : `You have ${viewings.length} viewings booked: ${joinWords(viewings.map(viewingText))}.`,
    };
  },
});

export const cancelTour = defineTool({
  name: 'cancel_tour',
  routingText: false,
  description: 'Cancel it: I will not be coming after all, so the slot is freed.',
  sideEffect: true,
  parameters: z.object({ bookedUnderPhone: phoneParam, tourId: tourParam, viewingDescription: viewingParam }),
  execute: async (args, ctx: Ctx) => {
    const found = await clientViewings(args, ctx);
    if ('reply' in found) return { cancelled: false, ...found.reply };
    const viewing = viewingMeant(found.viewings, args) ?? ownViewing(found.viewings, ctx);
    if (!viewing) return { cancelled: false, ...listing(found.viewings, found.who, 'cancel') };
    // Freed only while still booked: a retried or concurrent cancel finds nothing to free.
    const freed = await ctx.db
      .update(realEstateTours)
      .set({ status: 'cancelled' })
      .where(and(eq(realEstateTours.id, viewing.id), eq(realEstateTours.status, 'booked')))
      .returning({ id: realEstateTours.id });
    if (freed.length === 0) return { cancelled: false, message: 'That viewing was already cancelled.' };
    return {
      cancelled: true,
      tourId: `TOUR-${viewing.id}`,
      message: `I've cancelled your ${viewingText(viewing)}. The slot is free for someone else.`,
    };
  },
});

/** Nothing said narrows it: the viewing this conversation booked or picked, if it is one of them. */
const ownViewing = (viewings: readonly Viewing[], ctx: Ctx) =>
  viewings.find((v) => `TOUR-${v.id}` === ctx.state.tourId);

export const rescheduleTour = defineTool({
  name: 'reschedule_tour',
  routingText: false,
  description:
    'Reschedule: move it, push it back or bring it forward; the reference stays and the old slot is freed.',
  sideEffect: true,
  parameters: z.object({
    bookedUnderPhone: phoneParam,
    tourId: tourParam,
    viewingDescription: viewingParam,
    newDate: z
      .string()
      .optional()
      .describe(
        "New day as YYYY-MM-DD; omit when the caller keeps the viewing's day and changes only the time",
      ),
    newTime: z
      .string()
      .optional()
      .describe(
        "New start time as the caller said it or HH:MM; omit when the caller keeps the viewing's own time",
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const found = await clientViewings(args, ctx);
    if ('reply' in found) return { rescheduled: false, ...found.reply };
    const viewing = viewingMeant(found.viewings, args, args.newDate) ?? ownViewing(found.viewings, ctx);
    if (!viewing) return { rescheduled: false, ...listing(found.viewings, found.who, 'move') };
    if (args.newDate === undefined && args.newTime === undefined)
      return { rescheduled: false, missing: 'newDate', message: 'Which day would you like instead?' };
    const day = args.newDate === undefined ? viewing.day : parseDay(args.newDate);
    if (!day || day < todayIso())
      return { rescheduled: false, missing: 'newDate', message: 'Which day would you like instead?' };
    const start = args.newTime === undefined ? viewing.startMin : parseTimeOfDay(args.newTime);
    if (start === undefined || start < FIRST_TOUR_MIN || start > LAST_TOUR_MIN || start % TOUR_STEP_MIN !== 0)
      return {
        rescheduled: false,
        missing: 'newTime',
        message: 'What time? Viewings start on the hour or half hour, 9:00 to 18:30.',
      };
    const when = `${formatDayLong(day)} at ${formatTime(start)}`;
    if (day === viewing.day && start === viewing.startMin)
      return { rescheduled: false, message: `Your viewing is already on ${when}.` };
    // The row itself moves (its old time is free at once), only while still booked and only to a time no
    // other viewing of the home holds (the partial unique index decides a race).
    const moved = (await ctx.db.execute(sql`
      UPDATE real_estate_tours SET day = ${day}::date, start_min = ${start}::int
      WHERE id = ${viewing.id} AND status = 'booked'
        AND NOT EXISTS (SELECT 1 FROM real_estate_tours o WHERE o.listing_id = ${viewing.listingId}
          AND o.day = ${day}::date AND o.start_min = ${start}::int AND o.status = 'booked' AND o.id <> ${viewing.id})
      RETURNING id
    `)) as unknown as { rows: { id: number }[] };
    if (moved.rows.length === 0) {
      const [still] = await ctx.db.select().from(realEstateTours).where(eq(realEstateTours.id, viewing.id));
      if (still?.status !== 'booked')
        return { rescheduled: false, message: 'That viewing is no longer booked.' };
      const free = (await freeTimes(ctx, viewing.listingId, day)).slice(0, 5);
      return {
        rescheduled: false,
        missing: 'newTime',
        message: `${formatTime(start)} on ${formatDayLong(day)} is taken at ${viewing.address}. Free that day: ${joinWords(free)}. What time would suit you instead?`,
      };
    }
    Object.assign(ctx.state, { tourId: `TOUR-${viewing.id}`, tourDate: day });
    return {
      rescheduled: true,
      tourId: `TOUR-${viewing.id}`,
      previously: viewingText(viewing),
      message: `Done: your viewing of ${viewing.address} is now on ${when}; the reference stays TOUR-${viewing.id} and the old slot is freed.`,
    };
  },
});
