import { and, asc, eq } from 'drizzle-orm';
import type { ToolRunContext } from '../../src/authoring.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import type { RealEstateContext } from './context.ts';
import { realEstateTours } from './schema.ts';

/** Viewings run every half hour from 9:00; the last starts at 18:30. */
export const FIRST_TOUR_MIN = 9 * 60;
export const LAST_TOUR_MIN = 18 * 60 + 30;
export const TOUR_STEP_MIN = 30;

/** The times of `day` at which `listingId` has no booked viewing. */
export async function freeTimes(
  ctx: ToolRunContext<RealEstateContext>,
  listingId: string,
  day: string,
): Promise<string[]> {
  const taken = await ctx.db
    .select({ startMin: realEstateTours.startMin })
    .from(realEstateTours)
    .where(
      and(
        eq(realEstateTours.listingId, listingId),
        eq(realEstateTours.day, day),
        eq(realEstateTours.status, 'booked'),
      ),
    )
    .orderBy(asc(realEstateTours.startMin));
  const busy = new Set(taken.map((t) => t.startMin));
  const free: string[] = [];
  for (let t = FIRST_TOUR_MIN; t <= LAST_TOUR_MIN; t += TOUR_STEP_MIN)
    if (!busy.has(t)) free.push(formatTime(t));
  return free;
}
