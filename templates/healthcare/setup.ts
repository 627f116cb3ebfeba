import { insertRows } from '../shared/seedSql.ts';
import {
  PAYMENT_COLUMNS,
  PAYMENT_METHOD_COLUMNS,
  PAYMENT_METHOD_ROWS,
  PAYMENT_ROWS,
  STATEMENT_COLUMNS,
  STATEMENT_ROWS,
} from './seedBilling.ts';
import {
  ALLERGY_COLUMNS,
  ALLERGY_ROWS,
  MEDICATION_COLUMNS,
  MEDICATION_ROWS,
  TRIAGE_COLUMNS,
  TRIAGE_ROWS,
} from './seedClinical.ts';
import {
  APPOINTMENT_COLUMNS,
  APPOINTMENT_ROWS,
  COVERAGE_COLUMNS,
  COVERAGE_ROWS,
  PATIENT_COLUMNS,
  PATIENT_ROWS,
  PLAN_COLUMNS,
  PLAN_ROWS,
  SLOT_COLUMNS,
  SLOT_ROWS,
} from './seedData.ts';

/**
 * DDL for the tables declared in `schema.ts` (kept in step by `setup.test.ts`), then the demo rows.
 * Every statement is idempotent: running the list twice, or on a database that already has the data,
 * changes nothing.
 */
const createTables: string[] = [
  'CREATE SEQUENCE IF NOT EXISTS healthcare_appointment_seq START 6001',
  'CREATE SEQUENCE IF NOT EXISTS healthcare_refill_seq START 1',
  'CREATE SEQUENCE IF NOT EXISTS healthcare_payment_seq START 9001',
  'CREATE SEQUENCE IF NOT EXISTS healthcare_payment_plan_seq START 1',
  `CREATE TABLE IF NOT EXISTS healthcare_insurance_plans (
    id text PRIMARY KEY,
    name text NOT NULL,
    insurer text NOT NULL,
    accepted boolean NOT NULL,
    deductible_cents integer NOT NULL,
    primary_copay_cents integer NOT NULL,
    specialist_copay_cents integer NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS healthcare_coverage (
    plan_id text NOT NULL REFERENCES healthcare_insurance_plans(id),
    service text NOT NULL,
    covered boolean NOT NULL,
    copay_cents integer NOT NULL,
    coinsurance_pct integer NOT NULL,
    prior_auth boolean NOT NULL,
    PRIMARY KEY (plan_id, service)
  )`,
  `CREATE TABLE IF NOT EXISTS healthcare_patients (
    id text PRIMARY KEY,
    full_name text NOT NULL,
    date_of_birth date NOT NULL,
    phone text NOT NULL,
    primary_provider text NOT NULL,
    plan_id text,
    member_id text
  )`,
  `CREATE TABLE IF NOT EXISTS healthcare_slots (
    id text PRIMARY KEY,
    provider text NOT NULL,
    department text NOT NULL,
    slot_date date NOT NULL,
    start_time text NOT NULL,
    status text NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS healthcare_slots_open_idx ON healthcare_slots (status, slot_date)',
  `CREATE TABLE IF NOT EXISTS healthcare_appointments (
    id text PRIMARY KEY DEFAULT ('APT-' || nextval('healthcare_appointment_seq')),
    patient_id text NOT NULL REFERENCES healthcare_patients(id),
    slot_id text REFERENCES healthcare_slots(id),
    provider text NOT NULL,
    department text NOT NULL,
    appt_date date NOT NULL,
    start_time text NOT NULL,
    reason text NOT NULL,
    status text NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS healthcare_appointments_patient_idx ON healthcare_appointments (patient_id, appt_date)',
  `CREATE TABLE IF NOT EXISTS healthcare_medications (
    id text PRIMARY KEY,
    patient_id text NOT NULL REFERENCES healthcare_patients(id),
    name text NOT NULL,
    dose text NOT NULL,
    frequency text NOT NULL,
    prescriber text NOT NULL,
    refills_left integer NOT NULL,
    active boolean NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS healthcare_medications_patient_idx ON healthcare_medications (patient_id)',
  `CREATE TABLE IF NOT EXISTS healthcare_allergies (
    id text PRIMARY KEY,
    patient_id text NOT NULL REFERENCES healthcare_patients(id),
    allergen text NOT NULL,
    reaction text NOT NULL,
    severity text NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS healthcare_allergies_patient_idx ON healthcare_allergies (patient_id)',
  `CREATE TABLE IF NOT EXISTS healthcare_triage_protocols (
    id text PRIMARY KEY,
    condition text NOT NULL,
    keywords text NOT NULL,
    urgency text NOT NULL,
    advice text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS healthcare_refill_requests (
    id text PRIMARY KEY DEFAULT ('RF-' || nextval('healthcare_refill_seq')),
    medication_id text NOT NULL REFERENCES healthcare_medications(id),
    patient_id text NOT NULL REFERENCES healthcare_patients(id),
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Billing (added after the first release: CREATE … IF NOT EXISTS adds them to an existing database).
  `CREATE TABLE IF NOT EXISTS healthcare_statements (
    id text PRIMARY KEY,
    patient_id text NOT NULL REFERENCES healthcare_patients(id),
    appointment_id text REFERENCES healthcare_appointments(id),
    visit_date date NOT NULL,
    provider text NOT NULL,
    service text NOT NULL,
    billed_cents integer NOT NULL,
    adjustment_cents integer NOT NULL,
    insurance_paid_cents integer NOT NULL,
    patient_cents integer NOT NULL,
    paid_cents integer NOT NULL,
    reason text NOT NULL,
    statement_date date NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS healthcare_statements_patient_idx ON healthcare_statements (patient_id, visit_date)',
  `CREATE TABLE IF NOT EXISTS healthcare_payment_methods (
    id text PRIMARY KEY,
    patient_id text NOT NULL REFERENCES healthcare_patients(id),
    label text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS healthcare_payments (
    id text PRIMARY KEY DEFAULT ('PAY-' || nextval('healthcare_payment_seq')),
    patient_id text NOT NULL REFERENCES healthcare_patients(id),
    amount_cents integer NOT NULL,
    method text NOT NULL,
    method_label text,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX IF NOT EXISTS healthcare_payments_patient_idx ON healthcare_payments (patient_id)',
  `CREATE TABLE IF NOT EXISTS healthcare_payment_plans (
    id text PRIMARY KEY DEFAULT ('PP-' || nextval('healthcare_payment_plan_seq')),
    patient_id text NOT NULL REFERENCES healthcare_patients(id),
    total_cents integer NOT NULL,
    months integer NOT NULL,
    monthly_cents integer NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  "CREATE UNIQUE INDEX IF NOT EXISTS healthcare_payment_plans_active_idx ON healthcare_payment_plans (patient_id) WHERE status = 'active'",
];

/** Tables and demo data for the healthcare template, in dependency order. */
export const healthcareSetupSql: string[] = [
  ...createTables,
  insertRows('healthcare_insurance_plans', PLAN_COLUMNS, PLAN_ROWS),
  insertRows('healthcare_coverage', COVERAGE_COLUMNS, COVERAGE_ROWS),
  insertRows('healthcare_patients', PATIENT_COLUMNS, PATIENT_ROWS),
  insertRows('healthcare_slots', SLOT_COLUMNS, SLOT_ROWS),
  insertRows('healthcare_appointments', APPOINTMENT_COLUMNS, APPOINTMENT_ROWS),
  insertRows('healthcare_medications', MEDICATION_COLUMNS, MEDICATION_ROWS),
  insertRows('healthcare_allergies', ALLERGY_COLUMNS, ALLERGY_ROWS),
  insertRows('healthcare_triage_protocols', TRIAGE_COLUMNS, TRIAGE_ROWS),
  insertRows('healthcare_statements', STATEMENT_COLUMNS, STATEMENT_ROWS),
  insertRows('healthcare_payment_methods', PAYMENT_METHOD_COLUMNS, PAYMENT_METHOD_ROWS),
  insertRows('healthcare_payments', PAYMENT_COLUMNS, PAYMENT_ROWS),
];
