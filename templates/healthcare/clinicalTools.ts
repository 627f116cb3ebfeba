import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { pickTriageProtocol } from '../shared/symptomMatch.ts';
import { joinWords } from '../shared/words.ts';
import type { HealthcareContext } from './context.ts';
import { VERIFY_FIRST, verifiedPatientId } from './identity.ts';
import { providerTitle } from './recordsTools.ts';
import {
  healthcareAllergies,
  healthcareMedications,
  healthcareRefillRequests,
  healthcareTriageProtocols,
} from './schema.ts';
import { FORMULARY } from './seedClinical.ts';

type Ctx = ToolRunContext<HealthcareContext>;
type Protocol = typeof healthcareTriageProtocols.$inferSelect;

export const listMedications = defineTool({
  name: 'list_medications',
  description:
    'My medications, meds, pills, tablets, prescriptions: what I take, the dose as prescribed, refills left.',
  parameters: z.object({}),
  execute: async (_args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const meds = await ctx.db
      .select()
      .from(healthcareMedications)
      .where(and(eq(healthcareMedications.patientId, patientId), eq(healthcareMedications.active, true)))
      .orderBy(asc(healthcareMedications.name));
    if (meds.length === 0)
      return { found: true, count: 0, medications: [], message: 'You have no active prescriptions with us.' };
    const listed = meds.map((m) => `${m.name} ${m.dose} ${m.frequency}`);
    return {
      found: true,
      count: meds.length,
      medications: meds.map((m) => ({
        id: m.id,
        name: m.name,
        dose: m.dose,
        frequency: m.frequency,
        refillsLeft: m.refillsLeft,
      })),
      message: `Your active prescriptions are ${joinWords(listed)}.`,
    };
  },
});

export const checkAllergies = defineTool({
  name: 'check_allergies',
  description: 'My allergies: what am I allergic to, reaction and severity.',
  parameters: z.object({}),
  execute: async (_args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const allergies = await ctx.db
      .select()
      .from(healthcareAllergies)
      .where(eq(healthcareAllergies.patientId, patientId))
      .orderBy(asc(healthcareAllergies.id));
    if (allergies.length === 0)
      return { found: true, count: 0, allergies: [], message: 'You have no allergies on record.' };
    const listed = allergies.map((a) => `${a.allergen} (${a.reaction}, ${a.severity})`);
    return {
      found: true,
      count: allergies.length,
      allergies: allergies.map(({ allergen, reaction, severity }) => ({ allergen, reaction, severity })),
      message: `Your record lists ${allergies.length === 1 ? 'one allergy' : `${allergies.length} allergies`}: ${joinWords(listed)}.`,
    };
  },
});

/**
 * The protocol for a description: the most urgent one any keyword phrase matches, then the most
 * phrases matched; a phrase matches however the caller words it (templates/shared/symptomMatch.ts).
 */
export function pickProtocol(description: string, protocols: readonly Protocol[]): Protocol | null {
  return pickTriageProtocol(description, protocols);
}

export const triageSymptoms = defineTool({
  name: 'triage_symptoms',
  description:
    'Symptoms I have or feel: fever, cough, throat, rash, pain, hurts, headache, dizzy, stomach, throwing up, ankle, back, sick, for days.',
  parameters: z.object({
    symptomDescription: z.string().describe("The symptoms in the patient's own words"),
  }),
  execute: async (args, ctx: Ctx) => {
    const protocols = await ctx.db.select().from(healthcareTriageProtocols);
    const protocol = pickProtocol(args.symptomDescription, protocols);
    if (!protocol) {
      return {
        found: false,
        message:
          "I couldn't match that to one of our nurse protocols. A nurse can call you back today, or I can help you book a visit.",
      };
    }
    const result = {
      found: true,
      protocolId: protocol.id,
      condition: protocol.condition,
      urgency: protocol.urgency,
      advice: protocol.advice,
      message: protocol.advice,
    };
    // Emergency protocols are not a conversation: the runtime hands the patient to a person at once.
    return protocol.urgency === 'emergency'
      ? {
          ...result,
          escalate: true,
          reason: `triage protocol ${protocol.id}: ${protocol.condition}`,
          // Said before the hand-over: the patient hears "call 911 now", not only "a person will reply".
          notice: protocol.advice,
          // Said again with every reply while the person is awaited.
          noticeStands: true,
        }
      : result;
  },
});

export const requestRefill = defineTool({
  name: 'request_refill',
  description:
    'Refill or renew a prescription, ran out of or finished a medication and want more; sent to the pharmacy, or to the prescriber when no refills are left.',
  sideEffect: true,
  parameters: z.object({
    medication: z.enum(FORMULARY).describe('Medication to refill, by name, e.g. Lisinopril'),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    return ctx.db.transaction(async (tx) => {
      const [med] = await tx
        .select()
        .from(healthcareMedications)
        .where(
          and(
            eq(healthcareMedications.patientId, patientId),
            eq(healthcareMedications.name, args.medication),
            eq(healthcareMedications.active, true),
          ),
        )
        .limit(1);
      if (!med) {
        return {
          requested: false,
          message: `I don't see an active prescription for ${args.medication} on your record.`,
        };
      }
      const status = med.refillsLeft > 0 ? 'sent_to_pharmacy' : 'needs_prescriber';
      if (status === 'sent_to_pharmacy') {
        await tx
          .update(healthcareMedications)
          .set({ refillsLeft: sql`${healthcareMedications.refillsLeft} - 1` })
          .where(eq(healthcareMedications.id, med.id));
      }
      const [request] = await tx
        .insert(healthcareRefillRequests)
        .values({ medicationId: med.id, patientId, status })
        .returning({ id: healthcareRefillRequests.id });
      ctx.state.lastRefillId = request.id;
      // Said with the refill: "how many refills do I have left after this" was the caller's next question.
      const left = status === 'sent_to_pharmacy' ? med.refillsLeft - 1 : 0;
      const leftSaid =
        left === 0
          ? 'no refills left after this one'
          : `${left} refill${left === 1 ? '' : 's'} left after this one`;
      return {
        requested: true,
        refillId: request.id,
        medication: med.name,
        status,
        refillsLeft: left,
        message:
          status === 'sent_to_pharmacy'
            ? `I've sent a refill of ${med.name} to your pharmacy (${request.id}); it's usually ready within a day. You have ${leftSaid}.`
            : `You have no refills left on ${med.name}, so I've sent the request to ${providerTitle(med.prescriber)} for review (${request.id}).`,
      };
    });
  },
});

/**
 * "can I take ibuprofen with my warfarin?": whether medicines mix is a pharmacist's or prescriber's
 * answer, never this line's — it had read the caller's medication list back as if that answered it.
 */
export const askAboutMedicines = defineTool({
  name: 'ask_about_medicines',
  description:
    'Whether it is safe to take or mix two medicines together, drug interactions, side effects, alcohol with a medicine, can I take one with another: a pharmacist or the prescriber answers that, not this line.',
  // The router's texts stay as they were: the clinical line already takes medicine questions.
  routingText: false,
  parameters: z.object({}),
  execute: async () => ({
    found: true,
    advised: false,
    message:
      "I can't advise on whether medicines are safe together. Please ask your pharmacist before taking them — they can check against everything you're prescribed — or I can have a nurse call you back today. If you've already taken them and feel unwell, call 911.",
  }),
});

export const clinicalTools = [
  listMedications,
  checkAllergies,
  triageSymptoms,
  requestRefill,
  askAboutMedicines,
];
