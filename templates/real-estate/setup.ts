import { insertOnce, insertRows, sqlLiteral } from '../shared/seedSql.ts';
import {
  COMPARABLE_COLUMNS,
  COMPARABLE_ROWS,
  LEAD_COLUMNS,
  LEAD_ROWS,
  LISTING_COLUMNS,
  LISTING_ROWS,
  NEIGHBORHOOD_COLUMNS,
  NEIGHBORHOOD_ROWS,
  RATE_COLUMNS,
  RATE_ROWS,
  TOUR_COLUMNS,
  TOUR_ROWS,
} from './seedData.ts';
import { PHOTO_COLUMNS, PHOTO_ROWS } from './seedPhotos.ts';

/**
 * DDL for the tables declared in `schema.ts` (kept in step by `setup.test.ts`). Every statement is
 * idempotent, so running the list twice, or on a database that already has the data, changes nothing.
 */
const createTables: string[] = [
  `CREATE TABLE IF NOT EXISTS real_estate_neighborhoods (
    name text PRIMARY KEY,
    median_price_cents integer NOT NULL,
    school_rating integer NOT NULL,
    walk_score integer NOT NULL,
    commute_min integer NOT NULL,
    tax_rate_milli integer NOT NULL,
    vibe text NOT NULL,
    highlights text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS real_estate_listings (
    id text PRIMARY KEY,
    address text NOT NULL,
    neighborhood text,
    price_cents integer,
    bedrooms integer,
    bathrooms integer,
    sqft integer,
    year_built integer,
    status text NOT NULL,
    description text,
    seller_name text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Seller drafts are numbered LST-2001 and up; seeded listings use LST-10xx.
  'CREATE SEQUENCE IF NOT EXISTS real_estate_listing_seq START 2001',
  `CREATE TABLE IF NOT EXISTS real_estate_photos (
    id text PRIMARY KEY,
    listing_id text,
    url text NOT NULL UNIQUE,
    room text NOT NULL,
    features text NOT NULL,
    condition text NOT NULL,
    light text NOT NULL,
    staging_tip text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS real_estate_comparables (
    id text PRIMARY KEY,
    address text NOT NULL,
    neighborhood text NOT NULL,
    bedrooms integer NOT NULL,
    sqft integer NOT NULL,
    sold_price_cents integer NOT NULL,
    sold_on date NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS real_estate_mortgage_rates (
    product text PRIMARY KEY,
    term_years integer NOT NULL,
    rate_milli integer NOT NULL,
    apr_milli integer NOT NULL,
    min_down_pct integer NOT NULL,
    as_of date NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS real_estate_tours (
    id serial PRIMARY KEY,
    listing_id text NOT NULL REFERENCES real_estate_listings(id),
    day date NOT NULL,
    start_min integer NOT NULL,
    client_name text NOT NULL,
    phone text NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // One booked tour per listing and time: two clients can never be shown the same home at once.
  `CREATE UNIQUE INDEX IF NOT EXISTS real_estate_tours_slot_idx
    ON real_estate_tours (listing_id, day, start_min) WHERE status = 'booked'`,
  `CREATE TABLE IF NOT EXISTS real_estate_leads (
    id serial PRIMARY KEY,
    kind text NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    budget_cents integer,
    bedrooms integer,
    neighborhood text,
    listing_id text,
    qualified boolean NOT NULL,
    notes text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS real_estate_escalations (
    id serial PRIMARY KEY,
    category text NOT NULL,
    details text NOT NULL,
    client_name text,
    phone text,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
];

/** Tables and demo data for the real-estate template, in dependency order. */
export const realEstateSetupSql: string[] = [
  ...createTables,
  insertRows('real_estate_neighborhoods', NEIGHBORHOOD_COLUMNS, NEIGHBORHOOD_ROWS),
  insertRows('real_estate_listings', LISTING_COLUMNS, LISTING_ROWS),
  insertRows('real_estate_photos', PHOTO_COLUMNS, PHOTO_ROWS),
  insertRows('real_estate_comparables', COMPARABLE_COLUMNS, COMPARABLE_ROWS),
  insertRows('real_estate_mortgage_rates', RATE_COLUMNS, RATE_ROWS),
  ...TOUR_ROWS.map((row) =>
    insertOnce(
      'real_estate_tours',
      TOUR_COLUMNS,
      row,
      `listing_id = ${sqlLiteral(row[0])} AND day = ${sqlLiteral(row[1])} AND start_min = ${sqlLiteral(row[2])}`,
    ),
  ),
  ...LEAD_ROWS.map((row) =>
    insertOnce(
      'real_estate_leads',
      LEAD_COLUMNS,
      row,
      `kind = ${sqlLiteral(row[0])} AND name = ${sqlLiteral(row[1])}`,
    ),
  ),
];
