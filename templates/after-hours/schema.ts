import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Tables behind the after-hours tools. The template is named `after-hours`; a hyphen cannot start an
 * unquoted SQL identifier's prefix, so every table is prefixed `after_hours_`. Money is integer cents.
 * The DDL lives in `setup.ts` (`setup.test.ts` keeps the two in step).
 */

export const afterHoursOnCall = pgTable('after_hours_on_call', {
  id: text('id').primaryKey(), // OC-01
  role: text('role').notNull(), // physician | nurse | billing | insurance | operations
  name: text('name').notNull(),
  extension: text('extension').notNull(),
  /** Shift as said aloud, clinic time: "18:00" to "08:00". */
  startsAt: text('starts_at').notNull(),
  endsAt: text('ends_at').notNull(),
});

export const afterHoursCallbacks = pgTable(
  'after_hours_callbacks',
  {
    id: text('id').primaryKey().default(sql`('CB-' || nextval('after_hours_callback_seq'))`),
    queue: text('queue').notNull(), // clinical | operations
    callerName: text('caller_name').notNull(),
    phone: text('phone').notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull(), // queued | done
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('after_hours_callbacks_queue_idx').on(t.queue, t.status)],
);

export const afterHoursSlots = pgTable(
  'after_hours_slots',
  {
    id: text('id').primaryKey(), // SL-401
    provider: text('provider').notNull(),
    slotDate: date('slot_date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(), // "09:00"
    /** Null while open. */
    bookedFor: text('booked_for'),
    /**
     * The phone number taken at booking, digits only: the second detail a caller gives to move or cancel
     * it (appointmentChanges.ts). Null on slots held by the clinic itself, which no caller can change.
     */
    bookedPhone: text('booked_phone'),
  },
  (t) => [index('after_hours_slots_date_idx').on(t.slotDate)],
);

export const afterHoursNurseProtocols = pgTable('after_hours_nurse_protocols', {
  id: text('id').primaryKey(), // NP-FEVER
  topic: text('topic').notNull(),
  /** Semicolon-separated lower-case phrases that select this protocol. */
  keywords: text('keywords').notNull(),
  urgency: text('urgency').notNull(), // emergency | urgent | routine | self_care
  advice: text('advice').notNull(),
});

export const afterHoursBalances = pgTable('after_hours_balances', {
  accountId: text('account_id').primaryKey(), // AC-2001
  holderName: text('holder_name').notNull(),
  balanceCents: integer('balance_cents').notNull(),
  dueDate: date('due_date', { mode: 'string' }),
  lastPaymentCents: integer('last_payment_cents'),
  lastPaymentDate: date('last_payment_date', { mode: 'string' }),
});

export const afterHoursClaims = pgTable(
  'after_hours_claims',
  {
    id: text('id').primaryKey(), // CLM-7001
    accountId: text('account_id')
      .notNull()
      .references(() => afterHoursBalances.accountId),
    insurer: text('insurer').notNull(),
    service: text('service').notNull(),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    billedCents: integer('billed_cents').notNull(),
    paidCents: integer('paid_cents').notNull(),
    status: text('status').notNull(), // submitted | in_review | paid | denied
    note: text('note').notNull(),
  },
  (t) => [index('after_hours_claims_account_idx').on(t.accountId)],
);
