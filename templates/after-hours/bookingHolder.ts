import { and, asc, gt, sql } from 'drizzle-orm';
import type { ToolDb, ToolRunContext } from '../../src/authoring.ts';
import { todayIso } from '../shared/calendar.ts';
import { phoneDigits, samePhone } from '../shared/phoneNumbers.ts';
import type { AfterHoursContext } from './context.ts';
import { afterHoursSlots } from './schema.ts';

/**
 * Who may look at, move or cancel an appointment on the after-hours line: a caller who gives both the
 * name it is held under and the phone number it was booked with (`book_slot` takes it). The name alone
 * is no proof (a family member, a colleague, anyone who saw the sign-in sheet knows it), so the check is
 * here, in the tools, not in the prompt. A mismatch is answered exactly as no appointment at all, never
 * saying which of the two was wrong, so a stranger learns nothing; after repeated misses a person is
 * offered, then the caller is passed to one.
 */

type Ctx = ToolRunContext<AfterHoursContext>;
export type SlotRow = typeof afterHoursSlots.$inferSelect;

/** Misses in one call before the caller is passed to a person (as the clinic's identity check). */
export const MAX_DETAIL_MISSES = 3;

export const ASK_NAME = {
  found: false,
  missing: 'bookedUnderName',
  message: 'Whose name is the appointment under?',
};

export const ASK_PHONE = {
  found: false,
  missing: 'bookedUnderPhone',
  message: 'And the phone number it was booked with?',
};

export type HolderArgs = { bookedUnderName?: string; bookedUnderPhone?: string };

export type Holder =
  | { kind: 'ask'; reply: Record<string, unknown> }
  | { kind: 'miss'; name: string; misses: number }
  | { kind: 'held'; name: string; booked: SlotRow[] };

/** The name's upcoming appointments, soonest first (names compared as said: case and spacing aside). */
async function bookedUnder(db: ToolDb, name: string): Promise<SlotRow[]> {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return db
    .select()
    .from(afterHoursSlots)
    .where(
      and(
        sql`lower(regexp_replace(trim(${afterHoursSlots.bookedFor}), '\\s+', ' ', 'g')) = ${wanted}`,
        gt(afterHoursSlots.slotDate, todayIso()),
      ),
    )
    .orderBy(asc(afterHoursSlots.slotDate), asc(afterHoursSlots.startTime));
}

/**
 * The caller's appointments once name and number both match, else what to ask or that it missed. A
 * number said now is checked; without one, the number this call already holds (the caller's own, from a
 * booking or a callback) is tried, and when it matches nothing the number is asked for, not counted as
 * a miss: the caller never gave it for this.
 */
export async function appointmentsHeld(args: HolderArgs, ctx: Ctx): Promise<Holder> {
  const name = args.bookedUnderName?.trim() || ctx.state.callerName;
  if (!name) return { kind: 'ask', reply: ASK_NAME };
  const said = args.bookedUnderPhone?.trim();
  if (said && !phoneDigits(said))
    return {
      kind: 'ask',
      reply: { ...ASK_PHONE, message: 'That number looks incomplete. What phone number was it booked with?' },
    };
  const phone = said || ctx.state.phone;
  if (!phone) return { kind: 'ask', reply: ASK_PHONE };
  const booked = (await bookedUnder(ctx.db, name)).filter((s) => samePhone(s.bookedPhone, phone));
  if (booked.length > 0) {
    Object.assign(ctx.state, { callerName: name, phone });
    return { kind: 'held', name, booked };
  }
  if (!said) return { kind: 'ask', reply: ASK_PHONE };
  const misses = (ctx.state.detailMisses ?? 0) + 1;
  ctx.state.detailMisses = misses;
  return { kind: 'miss', name, misses };
}

/**
 * What a miss says: the same whether the name holds nothing or the number is not its own. The second
 * miss offers a person; the third passes the caller to one (the runtime escalates on `escalate`).
 */
export function missReply(misses: number, flag: Record<string, boolean>, openings = '') {
  if (misses >= MAX_DETAIL_MISSES)
    return {
      ...flag,
      found: false,
      escalate: true,
      reason: `appointment details matched nothing ${misses} times`,
      message:
        "I still can't find an appointment with those details, so I'm passing you to a member of our team.",
    };
  const next =
    misses >= 2
      ? " If you'd rather, I can pass you to a member of our team."
      : ' Could you check the name and the number it was booked with?';
  return {
    ...flag,
    found: false,
    message: `I don't see an appointment under that name and phone number.${openings || next}`,
  };
}
