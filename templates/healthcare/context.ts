import { z } from 'zod';

/**
 * What the assistant knows about the caller. Tools write it; every agent (and every desk the
 * Receptionist consults) reads it. `identityVerified` is the gate of every record-reading tool: only
 * `verify_identity` sets it, after matching full name and date of birth against the patients table.
 * A deployment that authenticates patients elsewhere (a signed-in portal) may create the conversation
 * with it already true; the chat itself has no other way to set it.
 */
export const healthcareContext = z.object({
  patientId: z.string().optional().describe('Verified patient, e.g. PT-1001'),
  patientName: z.string().optional().describe("The verified patient's full name"),
  identityVerified: z
    .boolean()
    .optional()
    .describe('True only once verify_identity matched name and date of birth'),
  verificationFailures: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Failed verification attempts in this conversation'),
  slotId: z.string().optional().describe('Open slot last offered, e.g. SL-2031'),
  appointmentId: z.string().optional().describe('Appointment last discussed, e.g. APT-5001'),
  // A move said from it ("push it back a week") is counted from this day (the offline model reads it).
  appointmentDate: z.string().optional().describe('Day of the appointment last discussed, YYYY-MM-DD'),
  planId: z.string().optional().describe("The patient's insurance plan, e.g. BCBS-PPO"),
  lastRefillId: z.string().optional().describe('Reference of the last refill request, e.g. RF-3'),
});

export type HealthcareContext = z.infer<typeof healthcareContext>;
