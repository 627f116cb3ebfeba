import { insertRows } from '../shared/seedSql.ts';
import {
  BALANCE_COLUMNS,
  BALANCE_ROWS,
  CLAIM_COLUMNS,
  CLAIM_ROWS,
  ON_CALL_COLUMNS,
  ON_CALL_ROWS,
  PROTOCOL_COLUMNS,
  PROTOCOL_ROWS,
  SLOT_COLUMNS,
  SLOT_ROWS,
} from './seedData.ts';

/**
 * DDL for the tables declared in `schema.ts` (kept in step by `setup.test.ts`), then the demo rows.
 * Every statement is idempotent.
 */
const createTables: string[] = [
  'CREATE SEQUENCE IF NOT EXISTS after_hours_callback_seq START 1',
  `CREATE TABLE IF NOT EXISTS after_hours_on_call (
    id text PRIMARY KEY,
    role text NOT NULL,
    name text NOT NULL,
    extension text NOT NULL,
    starts_at text NOT NULL,
    ends_at text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS after_hours_callbacks (
    id text PRIMARY KEY DEFAULT ('CB-' || nextval('after_hours_callback_seq')),
    queue text NOT NULL,
    caller_name text NOT NULL,
    phone text NOT NULL,
    reason text NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX IF NOT EXISTS after_hours_callbacks_queue_idx ON after_hours_callbacks (queue, status)',
  `CREATE TABLE IF NOT EXISTS after_hours_slots (
    id text PRIMARY KEY,
    provider text NOT NULL,
    slot_date date NOT NULL,
    start_time text NOT NULL,
    booked_for text,
    booked_phone text
  )`,
  // Lines set up before bookings took a phone number (2026-11-26): their bookings have none, so they can
  // only be changed through a person.
  'ALTER TABLE after_hours_slots ADD COLUMN IF NOT EXISTS booked_phone text',
  'CREATE INDEX IF NOT EXISTS after_hours_slots_date_idx ON after_hours_slots (slot_date)',
  `CREATE TABLE IF NOT EXISTS after_hours_nurse_protocols (
    id text PRIMARY KEY,
    topic text NOT NULL,
    keywords text NOT NULL,
    urgency text NOT NULL,
    advice text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS after_hours_balances (
    account_id text PRIMARY KEY,
    holder_name text NOT NULL,
    balance_cents integer NOT NULL,
    due_date date,
    last_payment_cents integer,
    last_payment_date date
  )`,
  `CREATE TABLE IF NOT EXISTS after_hours_claims (
    id text PRIMARY KEY,
    account_id text NOT NULL REFERENCES after_hours_balances(account_id),
    insurer text NOT NULL,
    service text NOT NULL,
    service_date date NOT NULL,
    billed_cents integer NOT NULL,
    paid_cents integer NOT NULL,
    status text NOT NULL,
    note text NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS after_hours_claims_account_idx ON after_hours_claims (account_id)',
];

/** Tables and demo data for the after-hours template, in dependency order. */
export const afterHoursSetupSql: string[] = [
  ...createTables,
  insertRows('after_hours_on_call', ON_CALL_COLUMNS, ON_CALL_ROWS),
  insertRows('after_hours_slots', SLOT_COLUMNS, SLOT_ROWS),
  insertRows('after_hours_nurse_protocols', PROTOCOL_COLUMNS, PROTOCOL_ROWS),
  insertRows('after_hours_balances', BALANCE_COLUMNS, BALANCE_ROWS),
  insertRows('after_hours_claims', CLAIM_COLUMNS, CLAIM_ROWS),
];
