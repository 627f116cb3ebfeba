import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ToolDb } from '../../src/authoring.ts';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayShort } from '../shared/calendar.ts';
import type { HealthcareContext } from './context.ts';
import { VERIFY_FIRST, verifiedPatientId } from './identity.ts';
import { healthcareInsurancePlans, healthcarePatients } from './schema.ts';
import { PROVIDERS } from './seedData.ts';

type Ctx = ToolRunContext<HealthcareContext>;

export async function findPatient(db: ToolDb, patientId: string) {
  const rows = await db
    .select()
    .from(healthcarePatients)
    .where(eq(healthcarePatients.id, patientId))
    .limit(1);
  return rows[0] ?? null;
}

const providerTitle = (surname: string) => PROVIDERS.find((p) => p.surname === surname)?.title ?? surname;

/** Only the last four digits are read back: enough to recognise the number, not to harvest it. */
const lastFour = (phone: string) => phone.replace(/\D/g, '').slice(-4);

export const lookupPatientRecord = defineTool({
  name: 'lookup_patient_record',
  description: 'Read my record or chart: primary doctor, phone number on file, plan and member ID.',
  parameters: z.object({}),
  execute: async (_args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const patient = await findPatient(ctx.db, patientId);
    if (!patient) return { found: false, message: "I couldn't open that record. Let me get a colleague." };
    const plan = patient.planId
      ? (
          await ctx.db
            .select()
            .from(healthcareInsurancePlans)
            .where(eq(healthcareInsurancePlans.id, patient.planId))
            .limit(1)
        )[0]
      : undefined;
    const doctor = providerTitle(patient.primaryProvider);
    const planName = plan?.name ?? 'no insurance on file (self-pay)';
    return {
      found: true,
      patientId: patient.id,
      fullName: patient.fullName,
      primaryDoctor: doctor,
      phoneEndsWith: lastFour(patient.phone),
      plan: planName,
      memberId: patient.memberId,
      message: `Your primary doctor is ${doctor}, the phone number on file ends in ${lastFour(patient.phone)}, and your plan on file is ${planName}.`,
    };
  },
});

export const updateContactDetails = defineTool({
  name: 'update_contact_details',
  description: 'Change or update the phone number on my record or file to a new one.',
  sideEffect: true,
  parameters: z.object({
    phone: z.string().describe('The new phone number, e.g. 555-0199'),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const digits = args.phone.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) {
      return { updated: false, missing: 'phone', message: "That doesn't look like a full phone number." };
    }
    const updated = await ctx.db
      .update(healthcarePatients)
      .set({ phone: args.phone.trim() })
      .where(eq(healthcarePatients.id, patientId))
      .returning({ id: healthcarePatients.id });
    if (updated.length === 0) return { updated: false, message: "I couldn't update that record." };
    return {
      updated: true,
      phoneEndsWith: lastFour(args.phone),
      message: `Done: the phone number on your record now ends in ${lastFour(args.phone)}.`,
    };
  },
});

export const recordsTools = [lookupPatientRecord, updateContactDetails];

/** For other tools that describe a visit: "Thursday, June 12 at 09:00 with Dr. Amara Okafor". */
export function describeVisit(v: { apptDate: string; startTime: string; provider: string }): string {
  return `${formatDayShort(v.apptDate)} at ${v.startTime} with ${providerTitle(v.provider)}`;
}
export { providerTitle };
