import { and, asc, eq, gt, gte } from 'drizzle-orm';
import { z } from 'zod';
import type { ToolDb } from '../../src/authoring.ts';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayShort, todayIso } from '../shared/calendar.ts';
import { inPartOfDay, PARTS_OF_DAY, type PartOfDay } from '../shared/partOfDay.ts';
import { earliestTimeOf, formatTime, minutesOfClock } from '../shared/timeOfDay.ts';
import { joinWords, normalizeId } from '../shared/words.ts';
import { cancelAppointment, listedText, upcomingAppointments, whichVisit } from './cancelAppointment.ts';
import type { HealthcareContext } from './context.ts';
import { VERIFY_FIRST, verifiedPatientId } from './identity.ts';
import { describeVisit, providerTitle } from './recordsTools.ts';
import { parseClinicTime, rescheduleAppointment, visitToMove } from './rescheduleAppointment.ts';
import { healthcareAppointments, healthcareSlots } from './schema.ts';
import { DEPARTMENTS, PROVIDER_SURNAMES } from './seedData.ts';

type Ctx = ToolRunContext<HealthcareContext>;
type SlotRow = typeof healthcareSlots.$inferSelect;

/** How many openings are read out at once: more than three is hard to follow by phone. */
const OFFERED = 3;

/** With one doctor asked for, naming them on every slot is noise. */
const slotText = (s: SlotRow, sameDoctor: boolean) =>
  sameDoctor
    ? `${formatDayShort(s.slotDate)} at ${s.startTime} (${s.id})`
    : `${describeVisit({ apptDate: s.slotDate, startTime: s.startTime, provider: s.provider })} (${s.id})`;

/** Open slots from `fromDate` on (never today or earlier), soonest first. */
async function openSlots(
  db: ToolDb,
  filter: {
    department?: string | null;
    provider?: string | null;
    fromDate?: string | null;
    partOfDay?: PartOfDay | null;
    /** Minutes after midnight: only openings starting then or later. */
    earliest?: number;
  },
): Promise<SlotRow[]> {
  const tomorrowOrLater = filter.fromDate && filter.fromDate > todayIso() ? filter.fromDate : null;
  const conditions = [
    eq(healthcareSlots.status, 'open'),
    tomorrowOrLater
      ? gte(healthcareSlots.slotDate, tomorrowOrLater)
      : gt(healthcareSlots.slotDate, todayIso()),
  ];
  if (filter.department) conditions.push(eq(healthcareSlots.department, filter.department));
  if (filter.provider) conditions.push(eq(healthcareSlots.provider, filter.provider));
  const open = await db
    .select()
    .from(healthcareSlots)
    .where(and(...conditions))
    .orderBy(asc(healthcareSlots.slotDate), asc(healthcareSlots.startTime), asc(healthcareSlots.id));
  // "book me with dr okafor fri morning": that part of the day's openings (Friday's 14:30 was offered
  // first, a chat probe); when it has none, the next openings rather than nothing.
  const part = filter.partOfDay;
  // "friday after 2": openings from 14:00, that day's and the next days' (Friday's 08:30 was offered first).
  const { earliest } = filter;
  const late = earliest === undefined ? open : open.filter((s) => minutesOfClock(s.startTime) >= earliest);
  const inPart = part ? late.filter((s) => inPartOfDay(s.startTime, part)) : late;
  return (inPart.length > 0 ? inPart : late.length > 0 ? late : open).slice(0, OFFERED);
}

function offer(slots: SlotRow[], state: HealthcareContext, who: string) {
  if (slots.length === 0) {
    return { found: false, slots: [], message: `I don't see any open slots ${who} in the next two weeks.` };
  }
  // The first opening becomes "that one" for a follow-up "book it".
  state.slotId = slots[0].id;
  const sameDoctor = slots.every((s) => s.provider === slots[0].provider);
  const summary = `The next openings ${sameDoctor ? `with ${providerTitle(slots[0].provider)}` : who} are ${joinWords(slots.map((s) => slotText(s, sameDoctor)))}.`;
  return {
    found: true,
    slots: slots.map((s) => ({
      slotId: s.id,
      date: s.slotDate,
      time: s.startTime,
      provider: providerTitle(s.provider),
    })),
    summary,
    message: `${summary} Which one would you like?`,
  };
}

const whoText = (department?: string | null, provider?: string | null) =>
  provider ? `with ${providerTitle(provider)}` : department ? `in ${department}` : 'at the clinic';

export const findAppointmentSlots = defineTool({
  name: 'find_appointment_slots',
  description:
    'Find open appointment slots to book me in: need an appointment, checkup or visit, openings, availability, when can I come in, tomorrow or next week, with a doctor (Okafor, Whitfield, Marin, Patel, Cole) or in Family Medicine, Pediatrics, Dermatology, Cardiology, Physical Therapy; anyone may ask.',
  parameters: z.object({
    department: z.enum(DEPARTMENTS).optional().describe('Department, e.g. Dermatology'),
    provider: z.enum(PROVIDER_SURNAMES).optional().describe("Doctor's surname, e.g. Okafor"),
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
        "Only openings at or after this, when the caller gave the earliest they can come ('after 2', 'from 3pm'), as said or HH:MM",
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const earliest = earliestTimeOf(parseClinicTime, args.fromTime);
    const slots = await openSlots(ctx.db, { ...args, fromDate: args.date, earliest });
    const who = whoText(args.department, args.provider);
    if (earliest === undefined) return offer(slots, ctx.state, who);
    const from = formatTime(earliest);
    if (slots.some((s) => minutesOfClock(s.startTime) >= earliest))
      return offer(slots, ctx.state, `${who} from ${from}`);
    // Nothing that late: said so, before the earlier openings (they had been offered as if they fitted).
    const offered = offer(slots, ctx.state, who);
    return {
      ...offered,
      message: `I don't see an opening ${who} from ${from} in the next two weeks. ${offered.message}`,
    };
  },
});

export const listAppointments = defineTool({
  name: 'list_appointments',
  description: 'List my upcoming appointments: when or what time is my next one or visit.',
  // Which visit a change is about, for its read-back ("move your knee rehabilitation visit on …"): the
  // read-back's look-up is given the change's own values (forms/readBackFacts.ts).
  parameters: z.object({
    appointmentId: z.string().optional().describe('One appointment asked about, e.g. APT-5001'),
    visitDescription: z
      .string()
      .optional()
      .describe("Which visit, in the caller's words, when one is asked about"),
    date: z
      .string()
      .optional()
      .describe('A new day a visit is being moved to, YYYY-MM-DD; it names no visit'),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const upcoming = await upcomingAppointments(ctx.db, patientId);
    if (upcoming.length === 0) {
      return {
        found: true,
        count: 0,
        appointments: [],
        message: "You don't have any upcoming appointments.",
      };
    }
    // The one visit the caller's words (or number) name, or the only one: what a move's read-back says.
    const { visit, wanted } = visitToMove(upcoming, args);
    // The visit read back is the one a "yes" changes: the state held the first upcoming visit, and
    // "cancel the echocardiogram results appointment" read back APT-5005 but cancelled APT-5006 on yes.
    ctx.state.appointmentId = (visit ?? upcoming[0]).id;
    ctx.state.appointmentDate = (visit ?? upcoming[0]).apptDate;
    // Each with what it is for and where, as the cancel and move tools list them: "the physical therapy
    // one" picks from this list too when a change asks which visit (it went to the insurance desk).
    const { appointments } = whichVisit(upcoming, null, 'change');
    return {
      found: true,
      count: upcoming.length,
      appointments,
      ...(visit ? { visit: `${visit.reason} visit on ${describeVisit(visit)} (${visit.id})` } : {}),
      // A number that is not one of the caller's visits (another patient's, a typo) is said to be so,
      // before their own are listed: nothing is read back for it, and nothing of it is told.
      message: `${wanted && !visit ? `${wanted} isn't one of your upcoming appointments. ` : ''}You have ${upcoming.length === 1 ? 'one upcoming appointment' : `${upcoming.length} upcoming appointments`}: ${joinWords(upcoming.map(listedText))}.`,
    };
  },
});

export const bookAppointment = defineTool({
  name: 'book_appointment',
  description:
    'Book the open slot the caller chose (SL-2031, the first one, that one); pass the doctor or department they asked for so nobody else is booked. Without a slot it offers the next openings.',
  sideEffect: true,
  parameters: z.object({
    slotId: z
      .string()
      .optional()
      .describe('The chosen open slot, e.g. SL-2031; omit when none was chosen yet, to offer openings'),
    provider: z.enum(PROVIDER_SURNAMES).optional().describe("Doctor's surname the caller asked for, if any"),
    department: z.enum(DEPARTMENTS).optional().describe('Department the caller asked for, if any'),
    reason: z.string().optional().describe('Reason for the visit in a few words'),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const slotId = normalizeId('SL', args.slotId);
    if (!slotId) {
      // "Book me in" before any opening was offered: offer some rather than ask for a slot number.
      const openings = await openSlots(ctx.db, { provider: args.provider, department: args.department });
      return { ...offer(openings, ctx.state, whoText(args.department, args.provider)), booked: false };
    }
    return ctx.db.transaction(async (tx) => {
      const [slot] = await tx.select().from(healthcareSlots).where(eq(healthcareSlots.id, slotId)).limit(1);
      const wrongPerson =
        slot &&
        ((args.provider && slot.provider !== args.provider) ||
          (args.department && slot.department !== args.department));
      if (!slot || wrongPerson || slot.status !== 'open' || slot.slotDate <= todayIso()) {
        // Offer what the caller actually asked for instead of booking something else.
        const alternatives = await openSlots(tx, { provider: args.provider, department: args.department });
        const why = !slot
          ? `I couldn't find slot ${slotId}.`
          : wrongPerson
            ? `Slot ${slotId} is with ${providerTitle(slot.provider)}.`
            : `Slot ${slotId} is no longer available.`;
        const offered = offer(alternatives, ctx.state, whoText(args.department, args.provider));
        return { ...offered, booked: false, message: `${why} ${offered.message}` };
      }
      const taken = await tx
        .update(healthcareSlots)
        .set({ status: 'booked' })
        .where(and(eq(healthcareSlots.id, slotId), eq(healthcareSlots.status, 'open')))
        .returning({ id: healthcareSlots.id });
      if (taken.length === 0)
        return { booked: false, message: `Slot ${slotId} was just taken. Shall I find another?` };
      const [appointment] = await tx
        .insert(healthcareAppointments)
        .values({
          patientId,
          slotId,
          provider: slot.provider,
          department: slot.department,
          apptDate: slot.slotDate,
          startTime: slot.startTime,
          reason: args.reason?.trim() || 'visit',
          status: 'scheduled',
        })
        .returning({ id: healthcareAppointments.id });
      ctx.state.appointmentId = appointment.id;
      ctx.state.appointmentDate = slot.slotDate;
      delete ctx.state.slotId;
      const when = describeVisit({
        apptDate: slot.slotDate,
        startTime: slot.startTime,
        provider: slot.provider,
      });
      return {
        booked: true,
        appointmentId: appointment.id,
        when,
        message: `You're booked for ${when}. Your confirmation number is ${appointment.id}.`,
      };
    });
  },
});

export { cancelAppointment };

export const schedulingTools = [
  findAppointmentSlots,
  listAppointments,
  bookAppointment,
  rescheduleAppointment,
  cancelAppointment,
];
