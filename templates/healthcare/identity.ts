import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import type { HealthcareContext } from './context.ts';
import { normalizeBirthDate, normalizeName } from './format.ts';
import { healthcarePatients } from './schema.ts';

type Ctx = ToolRunContext<HealthcareContext>;

/** After this many mismatches in one conversation the caller is passed to a person. */
export const MAX_VERIFICATION_FAILURES = 3;

/**
 * What every record-reading tool returns when the caller is not verified yet. No record is read
 * before this check, so nothing about a patient can leak to an unverified caller.
 */
export const VERIFY_FIRST = {
  found: false,
  verified: false,
  message:
    "I need to verify your identity before I can open your records. What's your full name and date of birth?",
} as const;

/** The verified patient's id, or null: the gate every record-reading tool passes first. */
export function verifiedPatientId(state: HealthcareContext): string | null {
  return state.identityVerified === true && state.patientId ? state.patientId : null;
}

/** Facts about the previous patient must not survive a switch to another verified identity. */
function forgetPatient(state: HealthcareContext): void {
  for (const key of [
    'patientId',
    'patientName',
    'planId',
    'slotId',
    'appointmentId',
    'lastRefillId',
  ] as const) {
    delete state[key];
  }
  state.identityVerified = false;
}

export const verifyIdentity = defineTool({
  name: 'verify_identity',
  description:
    'Verify who the caller is (needed before any record is read): full name and date of birth (DOB, born on), checked against the patient register.',
  parameters: z.object({
    fullName: z.string().describe("The caller's full name as they said it, e.g. Dana Ruiz"),
    // A fixed shape on purpose: a model converts "March 12, 1984" itself, and a date of that shape in
    // a reply is recognised as this argument by the offline model.
    dob: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      // Callers of a US clinic say "03/12/1984" for March 12: the description says so (an LLM reads
      // it, and so does the offline model, which otherwise leaves a date that reads two ways unread).
      .describe(
        'Date of birth, year-month-day, e.g. 1970-01-31; callers write numeric dates month first (01/31/1970)',
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const state = ctx.state;
    const dob = normalizeBirthDate(args.dob);
    const name = normalizeName(args.fullName);
    if (!dob) {
      return {
        verified: false,
        missing: 'dob',
        message: 'Could you give me your date of birth as year, month and day, like 1970-01-31?',
      };
    }
    const candidates = await ctx.db
      .select()
      .from(healthcarePatients)
      .where(eq(healthcarePatients.dateOfBirth, dob));
    const patient = candidates.find((p) => normalizeName(p.fullName) === name);
    if (!patient) {
      const failures = (state.verificationFailures ?? 0) + 1;
      state.verificationFailures = failures;
      if (state.identityVerified) forgetPatient(state);
      // Never say which of the two did not match: that would help someone guess a stranger's details.
      if (failures >= MAX_VERIFICATION_FAILURES) {
        return {
          verified: false,
          escalate: true,
          reason: `identity verification failed ${failures} times`,
          message: "I still couldn't verify those details, so I'm passing you to a member of our staff.",
        };
      }
      return {
        verified: false,
        attemptsLeft: MAX_VERIFICATION_FAILURES - failures,
        // Said as a person at the desk would: no patient, what to check, and a person if they prefer.
        message:
          "I couldn't find a patient with those details. Could you check the spelling of your name and your date of birth, and say them again? If you would rather, I can pass you to a member of our team.",
      };
    }
    if (state.patientId && state.patientId !== patient.id) forgetPatient(state);
    state.identityVerified = true;
    state.patientId = patient.id;
    state.patientName = patient.fullName;
    if (patient.planId) state.planId = patient.planId;
    const firstName = patient.fullName.split(' ')[0];
    return {
      verified: true,
      patientId: patient.id,
      firstName,
      message: `Thank you, ${firstName}, you're verified.`,
    };
  },
});
