import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Tables behind the healthcare template's tools, all prefixed `healthcare_`. Money is integer cents.
 * Slot and appointment dates are plain dates plus an "HH:MM" clinic-local time: the clinic has one
 * time zone and a caller hears "June 12 at 09:00", so no timestamp conversion can shift a visit.
 * New appointment and refill ids come from sequences (APT-6001…, RF-1…) so they never collide with
 * the seeded ones. The DDL lives in `setup.ts` (`setup.test.ts` keeps the two in step).
 */

export const healthcarePatients = pgTable('healthcare_patients', {
  id: text('id').primaryKey(), // PT-1001
  fullName: text('full_name').notNull(),
  dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
  phone: text('phone').notNull(),
  primaryProvider: text('primary_provider').notNull(),
  /** Null for self-pay patients. */
  planId: text('plan_id'),
  memberId: text('member_id'),
});

export const healthcareSlots = pgTable(
  'healthcare_slots',
  {
    id: text('id').primaryKey(), // SL-2031
    provider: text('provider').notNull(), // surname: Okafor
    department: text('department').notNull(),
    slotDate: date('slot_date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(), // "09:00"
    status: text('status').notNull(), // open | booked
  },
  (t) => [index('healthcare_slots_open_idx').on(t.status, t.slotDate)],
);

export const healthcareAppointments = pgTable(
  'healthcare_appointments',
  {
    id: text('id').primaryKey().default(sql`('APT-' || nextval('healthcare_appointment_seq'))`),
    patientId: text('patient_id')
      .notNull()
      .references(() => healthcarePatients.id),
    /** Null for visits that were not booked from a slot (seeded history). */
    slotId: text('slot_id').references(() => healthcareSlots.id),
    provider: text('provider').notNull(),
    department: text('department').notNull(),
    apptDate: date('appt_date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull(), // scheduled | cancelled | completed
  },
  (t) => [index('healthcare_appointments_patient_idx').on(t.patientId, t.apptDate)],
);

export const healthcareInsurancePlans = pgTable('healthcare_insurance_plans', {
  id: text('id').primaryKey(), // BCBS-PPO
  name: text('name').notNull(),
  insurer: text('insurer').notNull(),
  /** In network with the clinic. */
  accepted: boolean('accepted').notNull(),
  deductibleCents: integer('deductible_cents').notNull(),
  primaryCopayCents: integer('primary_copay_cents').notNull(),
  specialistCopayCents: integer('specialist_copay_cents').notNull(),
});

export const healthcareCoverage = pgTable(
  'healthcare_coverage',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => healthcareInsurancePlans.id),
    service: text('service').notNull(),
    covered: boolean('covered').notNull(),
    copayCents: integer('copay_cents').notNull(),
    coinsurancePct: integer('coinsurance_pct').notNull(),
    priorAuth: boolean('prior_auth').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.service] })],
);

export const healthcareMedications = pgTable(
  'healthcare_medications',
  {
    id: text('id').primaryKey(), // RX-3001
    patientId: text('patient_id')
      .notNull()
      .references(() => healthcarePatients.id),
    name: text('name').notNull(),
    dose: text('dose').notNull(), // as prescribed: "10 mg"
    frequency: text('frequency').notNull(),
    prescriber: text('prescriber').notNull(),
    refillsLeft: integer('refills_left').notNull(),
    active: boolean('active').notNull(),
  },
  (t) => [index('healthcare_medications_patient_idx').on(t.patientId)],
);

export const healthcareAllergies = pgTable(
  'healthcare_allergies',
  {
    id: text('id').primaryKey(), // AL-01
    patientId: text('patient_id')
      .notNull()
      .references(() => healthcarePatients.id),
    allergen: text('allergen').notNull(),
    reaction: text('reaction').notNull(),
    severity: text('severity').notNull(), // mild | moderate | severe
  },
  (t) => [index('healthcare_allergies_patient_idx').on(t.patientId)],
);

export const healthcareTriageProtocols = pgTable('healthcare_triage_protocols', {
  id: text('id').primaryKey(), // TP-CHEST
  condition: text('condition').notNull(),
  /** Semicolon-separated lower-case phrases that select this protocol. */
  keywords: text('keywords').notNull(),
  urgency: text('urgency').notNull(), // emergency | urgent | routine | self_care
  advice: text('advice').notNull(),
});

export const healthcareRefillRequests = pgTable('healthcare_refill_requests', {
  id: text('id').primaryKey().default(sql`('RF-' || nextval('healthcare_refill_seq'))`),
  medicationId: text('medication_id')
    .notNull()
    .references(() => healthcareMedications.id),
  patientId: text('patient_id')
    .notNull()
    .references(() => healthcarePatients.id),
  status: text('status').notNull(), // sent_to_pharmacy | needs_prescriber
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Billing. One statement per billed service of a visit: what the clinic billed, the network discount
 * (adjustment), what insurance paid, and the patient's share with its reason (copay, deductible,
 * coinsurance, not covered, self-pay, out of network). What is still owed is `patient_cents - paid_cents`.
 */
export const healthcareStatements = pgTable(
  'healthcare_statements',
  {
    id: text('id').primaryKey(), // ST-7001
    patientId: text('patient_id')
      .notNull()
      .references(() => healthcarePatients.id),
    /** The visit billed, when it was booked here (seeded history may have none). */
    appointmentId: text('appointment_id').references(() => healthcareAppointments.id),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    provider: text('provider').notNull(), // surname: Okafor
    service: text('service').notNull(), // one of SERVICES
    billedCents: integer('billed_cents').notNull(),
    adjustmentCents: integer('adjustment_cents').notNull(),
    insurancePaidCents: integer('insurance_paid_cents').notNull(),
    patientCents: integer('patient_cents').notNull(),
    paidCents: integer('paid_cents').notNull(),
    reason: text('reason').notNull(), // copay | deductible | coinsurance | not covered | self-pay | out of network | covered in full
    statementDate: date('statement_date', { mode: 'string' }).notNull(),
  },
  (t) => [index('healthcare_statements_patient_idx').on(t.patientId, t.visitDate)],
);

/** A payment method on file, as the caller hears it ("Visa ending 4421"): never a card number. */
export const healthcarePaymentMethods = pgTable('healthcare_payment_methods', {
  id: text('id').primaryKey(), // PM-01
  patientId: text('patient_id')
    .notNull()
    .references(() => healthcarePatients.id),
  label: text('label').notNull(),
});

/** Payments taken (card on file) or offered (a payment link texted to the phone on file). */
export const healthcarePayments = pgTable(
  'healthcare_payments',
  {
    id: text('id').primaryKey().default(sql`('PAY-' || nextval('healthcare_payment_seq'))`),
    patientId: text('patient_id')
      .notNull()
      .references(() => healthcarePatients.id),
    amountCents: integer('amount_cents').notNull(),
    method: text('method').notNull(), // card on file | payment link
    methodLabel: text('method_label'), // "Visa ending 4421"; null for a link
    status: text('status').notNull(), // paid | link_sent
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('healthcare_payments_patient_idx').on(t.patientId)],
);

/** A balance split into monthly payments; one active plan per patient. */
export const healthcarePaymentPlans = pgTable(
  'healthcare_payment_plans',
  {
    id: text('id').primaryKey().default(sql`('PP-' || nextval('healthcare_payment_plan_seq'))`),
    patientId: text('patient_id')
      .notNull()
      .references(() => healthcarePatients.id),
    totalCents: integer('total_cents').notNull(),
    months: integer('months').notNull(),
    monthlyCents: integer('monthly_cents').notNull(),
    status: text('status').notNull(), // active | completed
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('healthcare_payment_plans_active_idx').on(t.patientId).where(sql`status = 'active'`)],
);
