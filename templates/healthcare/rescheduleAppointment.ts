import { and, asc, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import type { ToolDb } from '../../src/authoring.ts';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayShort, parseDay, todayIso } from '../shared/calendar.ts';
import { formatTime, timeOfDayParser } from '../shared/timeOfDay.ts';
import { joinWords, normalizeId } from '../shared/words.ts';
import { upcomingAppointments, visitNamed, whichVisit } from './cancelAppointment.ts';
import type { HealthcareContext } from './context.ts';
import { VERIFY_FIRST, verifiedPatientId } from './identity.ts';
import { describeVisit, providerTitle } from './recordsTools.ts';
import { healthcareAppointments, healthcareSlots } from './schema.ts';
import { PROVIDER_SURNAMES } from './seedData.ts';

type Ctx = ToolRunContext<HealthcareContext>;
type AppointmentRow = typeof healthcareAppointments.$inferSelect;

/**
 * The time a caller moves a visit to ("2:30", "9am", "at 3"). The clinic sees patients from 08:30 to
 * 16:00, so a bare 1 to 6 o'clock is the afternoon; appointment and slot numbers are no time.
 */
export const parseClinicTime = timeOfDayParser({ references: /(?:apt|sl)[-\s]?\d+/, afternoonUpTo: 6 });

/** How many of the doctor's openings are offered when the time asked for is taken. */
const OFFERED = 3;

/**
 * The visit a move (or its read-back) is about: by number, by the caller's words for it (its reason,
 * department, doctor or day; never the day it moves to), or the only one there is.
 */
export function visitToMove(
  upcoming: readonly AppointmentRow[],
  args: { appointmentId?: string; visitDescription?: string; date?: string },
): { visit?: AppointmentRow; wanted: string | null } {
  const wanted = normalizeId('APT', args.appointmentId);
  if (wanted) return { visit: upcoming.find((a) => a.id === wanted), wanted };
  const named = visitNamed(upcoming, args.visitDescription, parseDay(args.date) ?? undefined);
  return { visit: named ?? (upcoming.length === 1 ? upcoming[0] : undefined), wanted: null };
}

/** The doctor's open slots from `day` on, soonest first: what to offer when the time asked is taken. */
async function openingsWith(db: ToolDb, provider: string, day: string) {
  return db
    .select()
    .from(healthcareSlots)
    .where(
      and(
        eq(healthcareSlots.provider, provider),
        eq(healthcareSlots.status, 'open'),
        gte(healthcareSlots.slotDate, day > todayIso() ? day : todayIso()),
      ),
    )
    .orderBy(asc(healthcareSlots.slotDate), asc(healthcareSlots.startTime))
    .limit(OFFERED);
}

export const rescheduleAppointment = defineTool({
  name: 'reschedule_appointment',
  description:
    'Move or reschedule my appointment (APT-5001) to another day or time instead; the same clinician unless I name another, and the old slot is freed.',
  sideEffect: true,
  parameters: z.object({
    appointmentId: z
      .string()
      .optional()
      .describe('Appointment to move, e.g. APT-5001; omit when the patient has a single upcoming one'),
    visitDescription: z
      .string()
      .optional()
      .describe(
        "Which visit, in the caller's words (the knee rehab, the Tuesday one), when no number was given",
      ),
    // Optional, as at the salon: "can it be at 2:30 instead" keeps the visit's day, and "can I move it
    // to Friday" keeps its time; with neither the offline model asks the day (the read-back names one).
    date: z
      .string()
      .optional()
      .describe(
        "New day as YYYY-MM-DD; omit when the caller keeps the visit's day and changes only the time",
      ),
    timeText: z
      .string()
      .optional()
      .describe(
        "New start time as the caller said it or HH:MM, e.g. '2:30pm'; omit when the caller keeps the visit's own time",
      ),
    provider: z
      .enum(PROVIDER_SURNAMES)
      .optional()
      .describe('New clinician for the move: the surname of another one, only when the caller names one'),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const upcoming = await upcomingAppointments(ctx.db, patientId);
    if (upcoming.length === 0)
      return { rescheduled: false, message: "You don't have any upcoming appointments to move." };
    const { visit, wanted } = visitToMove(upcoming, args);
    if (!visit) return { rescheduled: false, ...whichVisit(upcoming, wanted, 'move') };
    ctx.state.appointmentId = visit.id;
    ctx.state.appointmentDate = visit.apptDate;
    if (args.date === undefined && args.timeText === undefined)
      return { rescheduled: false, missing: 'date', message: 'Which day would you like instead?' };
    const day = args.date === undefined ? visit.apptDate : parseDay(args.date);
    if (!day || day <= todayIso())
      return { rescheduled: false, missing: 'date', message: 'Which day would you like instead?' };
    const minutes = args.timeText === undefined ? undefined : parseClinicTime(args.timeText);
    const time = minutes === undefined ? visit.startTime : formatTime(minutes);
    // The same doctor unless the caller named another: a move is not a new booking with whoever is free.
    const provider = args.provider ?? visit.provider;
    if (day === visit.apptDate && time === visit.startTime && provider === visit.provider)
      return {
        rescheduled: false,
        appointmentId: visit.id,
        message: `Your visit is already on ${describeVisit(visit)}.`,
      };
    return ctx.db.transaction(async (tx) => {
      // Claiming the new slot only while it is open makes a second, concurrent move of the same visit fail
      // instead of booking two slots.
      const [slot] = await tx
        .update(healthcareSlots)
        .set({ status: 'booked' })
        .where(
          and(
            eq(healthcareSlots.provider, provider),
            eq(healthcareSlots.slotDate, day),
            eq(healthcareSlots.startTime, time),
            eq(healthcareSlots.status, 'open'),
          ),
        )
        .returning();
      if (!slot) {
        const openings = await openingsWith(tx, provider, day);
        const who = providerTitle(provider);
        const asked = `${who} has no opening on ${formatDayShort(day)} at ${time}.`;
        if (openings.length === 0)
          return { rescheduled: false, message: `${asked} I don't see any later openings with ${who}.` };
        // Times, not slot numbers: a slot number picked from here would be taken for a new booking. The
        // closing question is the desk's own time question, so the time said next is relayed with the
        // move it answers (forms/deskQuestion.ts).
        return {
          rescheduled: false,
          appointmentId: visit.id,
          missing: 'timeText',
          openings: openings.map((s) => ({ date: s.slotDate, timeText: s.startTime })),
          message: `${asked} The next openings with ${who} are ${joinWords(openings.map((s) => `${formatDayShort(s.slotDate)} at ${s.startTime}`))}. What time would suit you?`,
        };
      }
      await tx
        .update(healthcareAppointments)
        .set({
          slotId: slot.id,
          provider: slot.provider,
          department: slot.department,
          apptDate: slot.slotDate,
          startTime: slot.startTime,
        })
        .where(eq(healthcareAppointments.id, visit.id));
      ctx.state.appointmentDate = slot.slotDate;
      // The old slot is free for someone else.
      if (visit.slotId)
        await tx.update(healthcareSlots).set({ status: 'open' }).where(eq(healthcareSlots.id, visit.slotId));
      const when = describeVisit({
        apptDate: slot.slotDate,
        startTime: slot.startTime,
        provider: slot.provider,
      });
      return {
        rescheduled: true,
        appointmentId: visit.id,
        previously: describeVisit(visit),
        when,
        message: `Done: your ${visit.reason} visit is now on ${when}; it keeps the number ${visit.id}.`,
      };
    });
  },
});
