import { and, asc, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import type { ToolDb } from '../../src/authoring.ts';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { todayIso } from '../shared/calendar.ts';
import { namedVisit, namesAnotherDay } from '../shared/visitNamed.ts';
import { joinWords, normalizeId } from '../shared/words.ts';
import type { HealthcareContext } from './context.ts';
import { VERIFY_FIRST, verifiedPatientId } from './identity.ts';
import { describeVisit, providerTitle } from './recordsTools.ts';
import { healthcareAppointments, healthcareSlots } from './schema.ts';

type Ctx = ToolRunContext<HealthcareContext>;
type AppointmentRow = typeof healthcareAppointments.$inferSelect;

export async function upcomingAppointments(db: ToolDb, patientId: string) {
  return db
    .select()
    .from(healthcareAppointments)
    .where(
      and(
        eq(healthcareAppointments.patientId, patientId),
        eq(healthcareAppointments.status, 'scheduled'),
        gte(healthcareAppointments.apptDate, todayIso()),
      ),
    )
    .orderBy(asc(healthcareAppointments.apptDate), asc(healthcareAppointments.startTime));
}

/** An appointment as a caller can tell it from another: when, with whom, what for, which department. */
export const listedText = (a: AppointmentRow) =>
  `${describeVisit(a)} for ${a.reason}, ${a.department} (${a.id})`;

/** What tells a visit from the caller's other visits: its day, reason, department and clinician. */
export const visitFacts = (a: AppointmentRow) => ({
  date: a.apptDate,
  words: `${a.reason} ${a.department} ${providerTitle(a.provider)}`,
});

/**
 * "I need to cancel my knee rehab session", "my appointment on Tuesday": the one upcoming visit the
 * caller's words name (its reason, department, clinician or day), when exactly one does; else none, and
 * the visits are listed to pick from. `except`: the day a visit is being moved to, which names none.
 */
export function visitNamed(
  upcoming: readonly AppointmentRow[],
  said: string | undefined,
  except?: string,
): AppointmentRow | undefined {
  return namedVisit(upcoming, said, visitFacts, except);
}

export const cancelAppointment = defineTool({
  name: 'cancel_appointment',
  description: "Cancel a visit (APT-5001) I can't make or don't need anymore; it frees the slot.",
  sideEffect: true,
  parameters: z.object({
    appointmentId: z
      .string()
      .optional()
      .describe('Appointment to cancel, e.g. APT-5001; omit when the patient has a single upcoming one'),
    visitDescription: z
      .string()
      .optional()
      .describe(
        "Which visit, in the caller's words (the knee rehab, the cardiology one), when no number was given",
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    return ctx.db.transaction(async (tx) => {
      const upcoming = await upcomingAppointments(tx, patientId);
      const wanted = normalizeId('APT', args.appointmentId);
      const target = wanted
        ? upcoming.find((a) => a.id === wanted)
        : (visitNamed(upcoming, args.visitDescription) ??
          // The one visit, unless the caller named another weekday for it: never cancel a visit not meant.
          (upcoming.length === 1 && !namesAnotherDay(args.visitDescription, upcoming[0].apptDate)
            ? upcoming[0]
            : undefined));
      if (!target) {
        if (upcoming.length === 0)
          return { cancelled: false, message: "You don't have any upcoming appointments to cancel." };
        return { cancelled: false, ...whichVisit(upcoming, wanted, 'cancel') };
      }
      await tx
        .update(healthcareAppointments)
        .set({ status: 'cancelled' })
        .where(eq(healthcareAppointments.id, target.id));
      if (target.slotId)
        await tx.update(healthcareSlots).set({ status: 'open' }).where(eq(healthcareSlots.id, target.slotId));
      ctx.state.appointmentId = target.id;
      ctx.state.appointmentDate = target.apptDate;
      return {
        cancelled: true,
        appointmentId: target.id,
        when: describeVisit(target),
        message: `I've cancelled your appointment on ${describeVisit(target)} (${target.id}).`,
      };
    });
  },
});

/** The visits to pick from, as the question: each with what it is for, so "the knee one" picks. */
export function whichVisit(upcoming: readonly AppointmentRow[], wanted: string | null, action: string) {
  return {
    missing: wanted ? undefined : 'appointmentId',
    appointments: upcoming.map((a) => ({
      appointmentId: a.id,
      date: a.apptDate,
      time: a.startTime,
      reason: a.reason,
      department: a.department,
      provider: providerTitle(a.provider),
    })),
    message: `${wanted ? `${wanted} isn't one of your upcoming appointments. ` : ''}Your upcoming appointments are ${joinWords(upcoming.map(listedText))}. Which one should I ${action}?`,
  };
}
