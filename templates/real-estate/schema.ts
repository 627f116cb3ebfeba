import { boolean, date, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Tables behind the real-estate template's tools. SQL identifiers cannot contain "-", so the template
 * `real-estate` prefixes its tables `real_estate_`. Money in integer cents, rates in thousandths of a
 * percent (6625 = 6.625%), times of day in minutes after midnight: integers only, no float rounding.
 * The DDL is in `setup.ts`, kept in step with this file by `setup.test.ts`.
 */

export const realEstateNeighborhoods = pgTable('real_estate_neighborhoods', {
  name: text('name').primaryKey(),
  medianPriceCents: integer('median_price_cents').notNull(),
  /** 1 to 10, from the district's published ratings. */
  schoolRating: integer('school_rating').notNull(),
  walkScore: integer('walk_score').notNull(),
  commuteMin: integer('commute_min').notNull(), // to downtown at rush hour
  /** Annual property tax, thousandths of a percent of the price (1180 = 1.18%). */
  taxRateMilli: integer('tax_rate_milli').notNull(),
  vibe: text('vibe').notNull(),
  highlights: text('highlights').notNull(),
});

export const realEstateListings = pgTable('real_estate_listings', {
  id: text('id').primaryKey(), // LST-1004; drafts get LST-2001 and up from a sequence
  address: text('address').notNull(),
  neighborhood: text('neighborhood'),
  priceCents: integer('price_cents'),
  bedrooms: integer('bedrooms'),
  bathrooms: integer('bathrooms'),
  sqft: integer('sqft'),
  yearBuilt: integer('year_built'),
  status: text('status').notNull(), // active | pending | sold | draft
  description: text('description'),
  sellerName: text('seller_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const realEstatePhotos = pgTable('real_estate_photos', {
  id: text('id').primaryKey(), // PH-1041 (listing photos), PH-3001 (seller uploads)
  listingId: text('listing_id'),
  url: text('url').notNull().unique(),
  room: text('room').notNull(),
  /** Semicolon-separated features visible in the photo. */
  features: text('features').notNull(),
  condition: text('condition').notNull(), // excellent | good | dated | needs work
  light: text('light').notNull(), // bright | average | dim
  stagingTip: text('staging_tip').notNull(),
});

export const realEstateComparables = pgTable('real_estate_comparables', {
  id: text('id').primaryKey(), // SOLD-501
  address: text('address').notNull(),
  neighborhood: text('neighborhood').notNull(),
  bedrooms: integer('bedrooms').notNull(),
  sqft: integer('sqft').notNull(),
  soldPriceCents: integer('sold_price_cents').notNull(),
  soldOn: date('sold_on', { mode: 'string' }).notNull(),
});

export const realEstateMortgageRates = pgTable('real_estate_mortgage_rates', {
  product: text('product').primaryKey(), // "30-year fixed"
  termYears: integer('term_years').notNull(),
  /** Interest rate and APR in thousandths of a percent: 6625 = 6.625%. */
  rateMilli: integer('rate_milli').notNull(),
  aprMilli: integer('apr_milli').notNull(),
  minDownPct: integer('min_down_pct').notNull(),
  asOf: date('as_of', { mode: 'string' }).notNull(),
});

export const realEstateTours = pgTable('real_estate_tours', {
  id: serial('id').primaryKey(),
  listingId: text('listing_id')
    .notNull()
    .references(() => realEstateListings.id),
  day: date('day', { mode: 'string' }).notNull(),
  startMin: integer('start_min').notNull(),
  clientName: text('client_name').notNull(),
  phone: text('phone').notNull(),
  status: text('status').notNull(), // booked | cancelled
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const realEstateLeads = pgTable('real_estate_leads', {
  id: serial('id').primaryKey(),
  kind: text('kind').notNull(), // buyer | seller
  name: text('name').notNull(),
  email: text('email'),
  phone: text('phone'),
  budgetCents: integer('budget_cents'),
  bedrooms: integer('bedrooms'),
  neighborhood: text('neighborhood'),
  listingId: text('listing_id'),
  qualified: boolean('qualified').notNull(),
  notes: text('notes'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const realEstateEscalations = pgTable('real_estate_escalations', {
  id: serial('id').primaryKey(),
  category: text('category').notNull(), // fair_housing | legal | agent_conduct | deposit | other
  details: text('details').notNull(),
  clientName: text('client_name'),
  phone: text('phone'),
  status: text('status').notNull(), // open
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
