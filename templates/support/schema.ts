import { boolean, date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Tables behind the support template's tools. Every name carries the `support_` prefix so the template
 * can share a database with Switchboard's own tables and with other templates. Money is stored in
 * integer cents (no float rounding); tools convert to dollars at the edge. The DDL that creates these
 * tables lives in `setup.ts` and must stay in step with this file (`setup.test.ts` checks it).
 */

export const supportAccounts = pgTable('support_accounts', {
  id: text('id').primaryKey(), // ACC-1001
  name: text('name').notNull(),
  company: text('company').notNull(),
  email: text('email').notNull(),
  plan: text('plan').notNull(), // Starter | Growth | Scale
  /** What the customer currently owes; 0 when settled. */
  balanceCents: integer('balance_cents').notNull().default(0),
});

export const supportInvoices = pgTable(
  'support_invoices',
  {
    id: text('id').primaryKey(), // INV-2041
    accountId: text('account_id')
      .notNull()
      .references(() => supportAccounts.id),
    amountCents: integer('amount_cents').notNull(),
    status: text('status').notNull(), // paid | open | refunded
    period: text('period').notNull(), // "March 2025"
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('support_invoices_account_idx').on(t.accountId, t.issuedOn)],
);

export const supportRefunds = pgTable(
  'support_refunds',
  {
    id: serial('id').primaryKey(),
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => supportInvoices.id),
    amountCents: integer('amount_cents').notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull(), // issued | pending_human
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('support_refunds_invoice_idx').on(t.invoiceId)],
);

export const supportPlanChanges = pgTable('support_plan_changes', {
  id: serial('id').primaryKey(),
  accountId: text('account_id')
    .notNull()
    .references(() => supportAccounts.id),
  fromPlan: text('from_plan').notNull(),
  toPlan: text('to_plan').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supportCallLogs = pgTable(
  'support_call_logs',
  {
    id: text('id').primaryKey(), // CALL-50101
    accountId: text('account_id')
      .notNull()
      .references(() => supportAccounts.id),
    fromNumber: text('from_number').notNull(),
    toNumber: text('to_number').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    durationS: integer('duration_s').notNull(),
    status: text('status').notNull(), // completed | failed | dropped
    errorCode: text('error_code'), // SIP-480, RC-2101… (null when completed)
  },
  (t) => [index('support_call_logs_account_idx').on(t.accountId, t.startedAt)],
);

export const supportWebhooks = pgTable(
  'support_webhooks',
  {
    id: text('id').primaryKey(), // WH-301
    accountId: text('account_id')
      .notNull()
      .references(() => supportAccounts.id),
    url: text('url').notNull(),
    /** HTTP status of the last delivery; null when no response came back (timeout, TLS, refused). */
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastDeliveryAt: timestamp('last_delivery_at', { withTimezone: true }),
  },
  (t) => [index('support_webhooks_account_idx').on(t.accountId)],
);

export const supportPricing = pgTable('support_pricing', {
  plan: text('plan').primaryKey(),
  monthlyCents: integer('monthly_cents').notNull(),
  includedMinutes: integer('included_minutes').notNull(),
  perMinuteCents: integer('per_minute_cents').notNull(),
  /** Semicolon-separated feature list, lower case except acronyms, in the order sales reads them out. */
  features: text('features').notNull(),
});

export const supportDemos = pgTable('support_demos', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  /** Optional: individuals and callers who would rather not say still get a demo. */
  company: text('company'),
  /** The slot as the caller asked for it, ideally YYYY-MM-DD (free text is kept as said). */
  slot: text('slot').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Sign-in state per account: the dashboard login the TechSupport agent can unlock. */
export const supportLogins = pgTable('support_logins', {
  accountId: text('account_id')
    .primaryKey()
    .references(() => supportAccounts.id),
  username: text('username').notNull(),
  locked: boolean('locked').notNull().default(false),
  failedAttempts: integer('failed_attempts').notNull().default(0),
});

export const supportPasswordResets = pgTable('support_password_resets', {
  id: serial('id').primaryKey(),
  accountId: text('account_id')
    .notNull()
    .references(() => supportAccounts.id),
  email: text('email').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Extra numbers, seats or minute bundles ordered through Sales. */
export const supportOrders = pgTable('support_orders', {
  id: serial('id').primaryKey(),
  accountId: text('account_id').references(() => supportAccounts.id),
  item: text('item').notNull(), // numbers | seats | minutes
  quantity: integer('quantity').notNull(),
  status: text('status').notNull().default('pending'), // pending | completed | cancelled
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Closing a paid account: the subscription stops and the final balance is recorded. */
export const supportAccountClosures = pgTable('support_account_closures', {
  id: serial('id').primaryKey(),
  accountId: text('account_id')
    .notNull()
    .references(() => supportAccounts.id),
  reason: text('reason').notNull(),
  finalBalanceCents: integer('final_balance_cents').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
