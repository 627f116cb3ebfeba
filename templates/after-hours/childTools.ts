import { and, asc, desc, eq, gt, gte, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayShort, todayIso } from '../shared/calendar.ts';
import { namesOtherOwner, otherOwnerRefusal, ownedRecord, scopeOwner } from '../shared/ownership.ts';
import { inPartOfDay, narrowsPartOfDay, PARTS_OF_DAY } from '../shared/partOfDay.ts';
import { phoneDigits } from '../shared/phoneNumbers.ts';
import { pickTriageProtocol } from '../shared/symptomMatch.ts';
import { earliestTimeOf, formatTime, minutesOfClock } from '../shared/timeOfDay.ts';
import { joinWords, normalizeId } from '../shared/words.ts';
import { parseLineTime } from './appointmentChanges.ts';
import type { AfterHoursContext } from './context.ts';
import { formatMoney } from './format.ts';
import { afterHoursBalances, afterHoursClaims, afterHoursNurseProtocols, afterHoursSlots } from './schema.ts';
import { SLOT_PROVIDERS } from './seedData.ts';

type Ctx = ToolRunContext<AfterHoursContext>;
type Protocol = typeof afterHoursNurseProtocols.$inferSelect;

const slotText = (s: typeof afterHoursSlots.$inferSelect) =>
  `${formatDayShort(s.slotDate)} at ${s.startTime} with Dr. ${s.provider} (${s.id})`;

export const findOpenSlots = defineTool({
  name: 'find_open_slots',
  description:
    'Find open appointment slots this week: openings, what is free or available tomorrow or on a day, with Dr. Okafor, Dr. Whitfield or Dr. Patel.',
  parameters: z.object({
    provider: z.enum(SLOT_PROVIDERS).optional().describe("Doctor's surname, if the caller named one"),
    date: z.string().optional().describe('Earliest day wanted as YYYY-MM-DD'),
    partOfDay: z
      .enum(PARTS_OF_DAY)
      .optional()
      .describe(
        'Only openings in this part of the day, when the caller said one (morning, afternoon, evening)',
      ),
    fromTime: z
      .string()
      .optional()
      .describe(
        "Only openings at or after this, when the caller gave the earliest they can come ('after 11', 'from 10am'), as said or HH:MM",
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const from = args.date && args.date > todayIso() ? args.date : null;
    const conditions = [
      isNull(afterHoursSlots.bookedFor),
      from ? gte(afterHoursSlots.slotDate, from) : gt(afterHoursSlots.slotDate, todayIso()),
    ];
    if (args.provider) conditions.push(eq(afterHoursSlots.provider, args.provider));
    const open = await ctx.db
      .select()
      .from(afterHoursSlots)
      .where(and(...conditions))
      .orderBy(asc(afterHoursSlots.slotDate), asc(afterHoursSlots.startTime), asc(afterHoursSlots.id));
    // "anything tomorrow afternoon?": the openings in that part of the day, so "1:30 is fine" picks one;
    // when that part of the day has none (the clinic sees patients 08:30 to 13:30), it says so and
    // offers the next openings instead of a list that silently ignores what was asked. "tomorrow after
    // 11" is such a bound: openings from 11:00.
    const earliest = earliestTimeOf(parseLineTime, args.fromTime);
    const late = earliest === undefined ? open : open.filter((s) => minutesOfClock(s.startTime) >= earliest);
    const inPart = args.partOfDay ? late.filter((s) => inPartOfDay(s.startTime, args.partOfDay!)) : late;
    const slots = (inPart.length > 0 ? inPart : open).slice(0, 3);
    if (slots.length === 0) return { found: false, message: 'I have no open slots in the coming week.' };
    ctx.state.slotId = slots[0].id;
    const times = open.map((s) => s.startTime).sort();
    // The bound is said only where it narrows what was asked: "after 5" is the evening, already from 17:00.
    const bound =
      earliest !== undefined && (!args.partOfDay || narrowsPartOfDay(earliest, args.partOfDay))
        ? ` from ${formatTime(earliest)}`
        : '';
    const asked = `${args.partOfDay ? `${args.partOfDay} ` : ''}openings${bound}`;
    const none =
      inPart.length === 0 && (args.partOfDay || earliest !== undefined)
        ? `I have no ${asked}${args.provider ? ` with Dr. ${args.provider}` : ''}: appointments start between ${times[0]} and ${times.at(-1)}. `
        : '';
    const which = inPart.length > 0 && args.partOfDay ? `${args.partOfDay} openings` : 'openings';
    const after = inPart.length > 0 ? bound : '';
    return {
      found: true,
      slots: slots.map((s) => ({ slotId: s.id, date: s.slotDate, time: s.startTime, provider: s.provider })),
      message: `${none}The next ${which}${after} are ${joinWords(slots.map(slotText))}. Which one would you like?`,
    };
  },
});

export const bookSlot = defineTool({
  name: 'book_slot',
  description: 'Book the open slot the caller chose (SL-401) in their name.',
  sideEffect: true,
  parameters: z.object({
    slotId: z.string().describe('The chosen slot, e.g. SL-401'),
    callerName: z.string().describe('Name to book it under'),
    // The second detail a move or cancellation asks for (appointmentChanges.ts): with the name alone,
    // anyone who knew it could move or cancel someone else's visit.
    phone: z.string().describe('Phone number to hold the appointment under, e.g. 555-0142'),
  }),
  execute: async (args, ctx: Ctx) => {
    const slotId = normalizeId('SL', args.slotId);
    if (!slotId) return { booked: false, missing: 'slotId', message: 'Which slot would you like?' };
    const phone = phoneDigits(args.phone);
    if (!phone)
      return {
        booked: false,
        missing: 'phone',
        message: "That number looks incomplete. What's the best phone number for the appointment?",
      };
    const taken = await ctx.db
      .update(afterHoursSlots)
      .set({ bookedFor: args.callerName.trim(), bookedPhone: phone })
      .where(
        and(
          eq(afterHoursSlots.id, slotId),
          isNull(afterHoursSlots.bookedFor),
          gt(afterHoursSlots.slotDate, todayIso()),
        ),
      )
      .returning();
    if (taken.length === 0)
      return { booked: false, slotId, message: `Slot ${slotId} isn't available. Shall I look for another?` };
    Object.assign(ctx.state, { callerName: args.callerName.trim(), phone: args.phone.trim() });
    delete ctx.state.slotId;
    return {
      booked: true,
      slotId,
      message: `You're booked for ${slotText(taken[0])}, ${args.callerName.trim()}. To move or cancel it, we'll ask for your name and this phone number.`,
    };
  },
});

/**
 * The billing account a balance or claim lookup may read: the call's account once one is established
 * (another account named in the call is refused, never switched to), else the one named now.
 */
function accountScope(named: string | null, state: AfterHoursContext) {
  const established = normalizeId('AC', state.accountId);
  if (established && namesOtherOwner(established, named))
    return { ok: false as const, result: otherOwnerRefusal(`account ${established}`) };
  return { ok: true as const, accountId: scopeOwner(established, named) };
}

/**
 * The most urgent protocol any keyword phrase matches, then the one with most phrases matched; a
 * phrase matches however the caller words it (templates/shared/symptomMatch.ts).
 */
export function pickNurseProtocol(description: string, protocols: readonly Protocol[]): Protocol | null {
  return pickTriageProtocol(description, protocols);
}

export const lookupNurseProtocol = defineTool({
  name: 'lookup_nurse_protocol',
  description:
    'Nurse advice for symptoms tonight: fever, cough, vomiting, a cut, ear or throat pain, rash, sprain; how urgent it is.',
  parameters: z.object({
    symptomDescription: z.string().describe("The symptoms in the caller's words"),
  }),
  execute: async (args, ctx: Ctx) => {
    const protocol = pickNurseProtocol(
      args.symptomDescription,
      await ctx.db.select().from(afterHoursNurseProtocols),
    );
    if (!protocol) {
      return {
        found: false,
        message: "I don't have a protocol for that. The on-call nurse can call you back tonight.",
      };
    }
    const result = {
      found: true,
      protocolId: protocol.id,
      topic: protocol.topic,
      urgency: protocol.urgency,
      message: protocol.advice,
    };
    // An emergency skips the ladder: the runtime hands the caller straight to a person.
    return protocol.urgency === 'emergency'
      ? {
          ...result,
          escalate: true,
          reason: `nurse protocol ${protocol.id}: ${protocol.topic}`,
          // Said before the hand-over: the caller hears "call 911 now", not only "a person will reply".
          notice: protocol.advice,
          // Said again with every reply while the person is awaited.
          noticeStands: true,
        }
      : result;
  },
});

export const lookupBalance = defineTool({
  name: 'lookup_balance',
  description: 'What I owe: balance, amount due, due date and last payment on a billing account (AC-2001).',
  parameters: z.object({
    accountId: z.string().describe('Billing account number, e.g. AC-2001'),
  }),
  execute: async (args, ctx: Ctx) => {
    const scope = accountScope(normalizeId('AC', args.accountId), ctx.state);
    if (!scope.ok) return scope.result;
    const accountId = scope.accountId;
    if (!accountId)
      return {
        found: false,
        missing: 'accountId',
        message: "What's the account number? It looks like AC-2001.",
      };
    const [account] = await ctx.db
      .select()
      .from(afterHoursBalances)
      .where(eq(afterHoursBalances.accountId, accountId))
      .limit(1);
    if (!account)
      return {
        found: false,
        accountId,
        message: `I couldn't find account ${accountId}. Account numbers look like AC-2001.`,
      };
    ctx.state.accountId = accountId;
    const balance = formatMoney(account.balanceCents);
    const last =
      account.lastPaymentCents && account.lastPaymentDate
        ? ` Your last payment was ${formatMoney(account.lastPaymentCents)} on ${formatDayShort(account.lastPaymentDate)}.`
        : '';
    return {
      found: true,
      accountId,
      balance,
      dueDate: account.dueDate,
      message:
        account.balanceCents === 0
          ? `Account ${accountId} has nothing to pay.${last}`
          : `Account ${accountId} owes ${balance}${account.dueDate ? `, due ${formatDayShort(account.dueDate)}` : ''}.${last}`,
    };
  },
});

export const lookupClaim = defineTool({
  name: 'lookup_claim',
  description:
    'Insurance claim status (submitted, in review, paid, denied) with what was billed and paid: by claim number like CLM-7001, or the latest claim of an account AC-2001.',
  parameters: z.object({
    claimId: z.string().optional().describe('Claim number, e.g. CLM-7001'),
    accountId: z.string().optional().describe('Billing account number, e.g. AC-2001, for its latest claim'),
  }),
  execute: async (args, ctx: Ctx) => {
    const claimId = normalizeId('CLM', args.claimId);
    const scope = accountScope(normalizeId('AC', args.accountId), ctx.state);
    if (!scope.ok) return scope.result;
    const accountId = scope.accountId;
    const [row] = claimId
      ? await ctx.db.select().from(afterHoursClaims).where(eq(afterHoursClaims.id, claimId)).limit(1)
      : accountId
        ? await ctx.db
            .select()
            .from(afterHoursClaims)
            .where(eq(afterHoursClaims.accountId, accountId))
            .orderBy(desc(afterHoursClaims.serviceDate))
            .limit(1)
        : [];
    // A claim named by number is found only on the call's account: another's reads as no claim at all.
    const claim = ownedRecord(row, accountId, (c) => c.accountId);
    if (!claimId && !accountId)
      return {
        found: false,
        missing: 'claimId',
        message: "What's the claim number? It looks like CLM-7001.",
      };
    if (!claim)
      return {
        found: false,
        message: `I couldn't find ${claimId ? `claim ${claimId}` : `a claim on ${accountId}`}.`,
      };
    Object.assign(ctx.state, { claimId: claim.id, accountId: claim.accountId });
    const status = claim.status.replace('_', ' ');
    return {
      found: true,
      claimId: claim.id,
      status: claim.status,
      billed: formatMoney(claim.billedCents),
      paid: formatMoney(claim.paidCents),
      message: `Claim ${claim.id} to ${claim.insurer} for ${claim.service} on ${formatDayShort(claim.serviceDate)} is ${status}: ${claim.note}.`,
    };
  },
});
