import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * Tables behind the salon template's tools, all prefixed `salon_`. Money in integer cents, times of day
 * in minutes after midnight (570 = 09:30), days as `date`. The DDL lives in `setup.ts` and is kept in
 * step with this file by `setup.test.ts`.
 */

export const salonServices = pgTable('salon_services', {
  id: text('id').primaryKey(), // COL-BAL
  name: text('name').notNull(),
  category: text('category').notNull(), // cut | colour | treatment
  durationMin: integer('duration_min').notNull(),
  priceCents: integer('price_cents').notNull(),
  /** Extra price for medium and long hair, and extra chair time for long hair (colour and smoothing). */
  mediumExtraCents: integer('medium_extra_cents').notNull().default(0),
  longExtraCents: integer('long_extra_cents').notNull().default(0),
  longExtraMin: integer('long_extra_min').notNull().default(0),
  /** Permanent dye: a skin allergy test at least 48 hours before the appointment. */
  patchTest: boolean('patch_test').notNull().default(false),
  /** Semicolon-separated phrases customers use for this service, lower case ("balayage;ombre"). */
  keywords: text('keywords').notNull(),
});

export const salonStylists = pgTable('salon_stylists', {
  id: text('id').primaryKey(), // STY-1
  name: text('name').notNull(), // first name, as customers say it
  /** Comma-separated service categories the stylist does: "cut,colour". */
  specialties: text('specialties').notNull(),
  level: text('level').notNull(), // senior | stylist | barber
});

/** Weekly shifts: the bookable slots. Weekday 0 = Sunday, as in PostgreSQL's `extract(dow …)`. */
export const salonStylistHours = pgTable(
  'salon_stylist_hours',
  {
    stylistId: text('stylist_id')
      .notNull()
      .references(() => salonStylists.id),
    weekday: integer('weekday').notNull(),
    startMin: integer('start_min').notNull(),
    endMin: integer('end_min').notNull(),
  },
  (t) => [primaryKey({ columns: [t.stylistId, t.weekday] })],
);

export const salonBookings = pgTable(
  'salon_bookings',
  {
    id: serial('id').primaryKey(),
    /** GB-YYYYMMDD-###: the appointment day it was first booked for and that day's sequence number. */
    ref: text('ref').notNull().unique(),
    day: date('day', { mode: 'string' }).notNull(),
    startMin: integer('start_min').notNull(),
    endMin: integer('end_min').notNull(),
    stylistId: text('stylist_id')
      .notNull()
      .references(() => salonStylists.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => salonServices.id),
    hairLength: text('hair_length'),
    priceCents: integer('price_cents').notNull(),
    customerName: text('customer_name').notNull(),
    phone: text('phone').notNull(),
    status: text('status').notNull(), // booked | cancelled
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('salon_bookings_stylist_day_idx').on(t.stylistId, t.day),
    index('salon_bookings_phone_idx').on(t.phone),
  ],
);

/** One row per appointment day: the last sequence number handed out in that day's references. */
export const salonBookingCounters = pgTable('salon_booking_counters', {
  day: date('day', { mode: 'string' }).primaryKey(),
  n: integer('n').notNull(),
});

export const salonComplaints = pgTable('salon_complaints', {
  id: serial('id').primaryKey(),
  bookingRef: text('booking_ref'),
  customerName: text('customer_name'),
  phone: text('phone'), // to call back
  category: text('category').notNull(), // injury | service | staff | billing | other
  details: text('details').notNull(),
  status: text('status').notNull(), // open
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
