import { insertOnce, insertRows, type SeedValue, sqlLiteral } from '../shared/seedSql.ts';
import {
  BOOKING_COLUMNS,
  BOOKING_ROWS,
  COMPLAINT_COLUMNS,
  COMPLAINT_ROWS,
  COUNTER_ROWS,
  HOURS_COLUMNS,
  HOURS_ROWS,
  SERVICE_COLUMNS,
  SERVICE_ROWS,
  STYLIST_COLUMNS,
  STYLIST_ROWS,
} from './seedData.ts';

/**
 * DDL for the tables declared in `schema.ts` (kept in step by `setup.test.ts`). Every statement is
 * idempotent, so running the list twice, or on a database that already has the data, changes nothing.
 */
const createTables: string[] = [
  `CREATE TABLE IF NOT EXISTS salon_services (
    id text PRIMARY KEY,
    name text NOT NULL,
    category text NOT NULL,
    duration_min integer NOT NULL,
    price_cents integer NOT NULL,
    medium_extra_cents integer NOT NULL DEFAULT 0,
    long_extra_cents integer NOT NULL DEFAULT 0,
    long_extra_min integer NOT NULL DEFAULT 0,
    patch_test boolean NOT NULL DEFAULT false,
    keywords text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS salon_stylists (
    id text PRIMARY KEY,
    name text NOT NULL,
    specialties text NOT NULL,
    level text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS salon_stylist_hours (
    stylist_id text NOT NULL REFERENCES salon_stylists(id),
    weekday integer NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    start_min integer NOT NULL,
    end_min integer NOT NULL CHECK (end_min > start_min),
    PRIMARY KEY (stylist_id, weekday)
  )`,
  `CREATE TABLE IF NOT EXISTS salon_bookings (
    id serial PRIMARY KEY,
    ref text NOT NULL UNIQUE,
    day date NOT NULL,
    start_min integer NOT NULL,
    end_min integer NOT NULL CHECK (end_min > start_min),
    stylist_id text NOT NULL REFERENCES salon_stylists(id),
    service_id text NOT NULL REFERENCES salon_services(id),
    hair_length text,
    price_cents integer NOT NULL,
    customer_name text NOT NULL,
    phone text NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX IF NOT EXISTS salon_bookings_stylist_day_idx ON salon_bookings (stylist_id, day)',
  'CREATE INDEX IF NOT EXISTS salon_bookings_phone_idx ON salon_bookings (phone)',
  `CREATE TABLE IF NOT EXISTS salon_booking_counters (
    day date PRIMARY KEY,
    n integer NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS salon_complaints (
    id serial PRIMARY KEY,
    booking_ref text,
    customer_name text,
    category text NOT NULL,
    details text NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Added later: the number the manager calls back (databases set up before it get the column too).
  'ALTER TABLE salon_complaints ADD COLUMN IF NOT EXISTS phone text',
];

/** Complaint ids are serial: insert a seeded complaint only when the same one is not there yet. */
function insertSeedComplaint(row: readonly SeedValue[]): string {
  const [bookingRef, , , details] = row;
  return insertOnce(
    'salon_complaints',
    COMPLAINT_COLUMNS,
    row,
    `booking_ref = ${sqlLiteral(bookingRef)} AND details = ${sqlLiteral(details)}`,
  );
}

/** Tables and demo data for the salon template, in dependency order. */
export const salonSetupSql: string[] = [
  ...createTables,
  insertRows('salon_services', SERVICE_COLUMNS, SERVICE_ROWS),
  insertRows('salon_stylists', STYLIST_COLUMNS, STYLIST_ROWS),
  insertRows('salon_stylist_hours', HOURS_COLUMNS, HOURS_ROWS),
  insertRows('salon_bookings', BOOKING_COLUMNS, BOOKING_ROWS),
  insertRows('salon_booking_counters', ['day', 'n'], COUNTER_ROWS),
  ...COMPLAINT_ROWS.map(insertSeedComplaint),
];
