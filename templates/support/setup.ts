import {
  ACCOUNT_COLUMNS,
  ACCOUNT_ROWS,
  CALL_LOG_COLUMNS,
  CALL_LOG_ROWS,
  INVOICE_COLUMNS,
  INVOICE_ROWS,
  LOGIN_COLUMNS,
  LOGIN_ROWS,
  ORDER_ROWS,
  PRICING_COLUMNS,
  PRICING_ROWS,
  REFUND_ROWS,
  WEBHOOK_COLUMNS,
  WEBHOOK_ROWS,
} from './seedData.ts';

/**
 * DDL for the tables declared in `schema.ts` (kept in step by `setup.test.ts`). Every statement is
 * idempotent, so running the list twice, or on a database that already has the data, changes nothing.
 */
const createTables: string[] = [
  `CREATE TABLE IF NOT EXISTS support_pricing (
    plan text PRIMARY KEY,
    monthly_cents integer NOT NULL,
    included_minutes integer NOT NULL,
    per_minute_cents integer NOT NULL,
    features text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS support_accounts (
    id text PRIMARY KEY,
    name text NOT NULL,
    company text NOT NULL,
    email text NOT NULL,
    plan text NOT NULL,
    balance_cents integer NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE IF NOT EXISTS support_invoices (
    id text PRIMARY KEY,
    account_id text NOT NULL REFERENCES support_accounts(id),
    amount_cents integer NOT NULL,
    status text NOT NULL,
    period text NOT NULL,
    issued_on date NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS support_invoices_account_idx ON support_invoices (account_id, issued_on)',
  `CREATE TABLE IF NOT EXISTS support_refunds (
    id serial PRIMARY KEY,
    invoice_id text NOT NULL REFERENCES support_invoices(id),
    amount_cents integer NOT NULL,
    reason text NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX IF NOT EXISTS support_refunds_invoice_idx ON support_refunds (invoice_id)',
  `CREATE TABLE IF NOT EXISTS support_plan_changes (
    id serial PRIMARY KEY,
    account_id text NOT NULL REFERENCES support_accounts(id),
    from_plan text NOT NULL,
    to_plan text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS support_call_logs (
    id text PRIMARY KEY,
    account_id text NOT NULL REFERENCES support_accounts(id),
    from_number text NOT NULL,
    to_number text NOT NULL,
    started_at timestamptz NOT NULL,
    duration_s integer NOT NULL,
    status text NOT NULL,
    error_code text
  )`,
  'CREATE INDEX IF NOT EXISTS support_call_logs_account_idx ON support_call_logs (account_id, started_at)',
  `CREATE TABLE IF NOT EXISTS support_webhooks (
    id text PRIMARY KEY,
    account_id text NOT NULL REFERENCES support_accounts(id),
    url text NOT NULL,
    last_status integer,
    last_error text,
    last_delivery_at timestamptz
  )`,
  'CREATE INDEX IF NOT EXISTS support_webhooks_account_idx ON support_webhooks (account_id)',
  `CREATE TABLE IF NOT EXISTS support_demos (
    id serial PRIMARY KEY,
    name text NOT NULL,
    email text NOT NULL,
    company text,
    slot text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS support_logins (
    account_id text PRIMARY KEY REFERENCES support_accounts(id),
    username text NOT NULL,
    locked boolean NOT NULL DEFAULT false,
    failed_attempts integer NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE IF NOT EXISTS support_password_resets (
    id serial PRIMARY KEY,
    account_id text NOT NULL REFERENCES support_accounts(id),
    email text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS support_orders (
    id serial PRIMARY KEY,
    account_id text REFERENCES support_accounts(id),
    item text NOT NULL,
    quantity integer NOT NULL,
    status text NOT NULL DEFAULT 'pending',
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Databases set up before orders had a status: their orders count as set up.
  "ALTER TABLE support_orders ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'completed'",
  "ALTER TABLE support_orders ALTER COLUMN status SET DEFAULT 'pending'",
  `CREATE TABLE IF NOT EXISTS support_account_closures (
    id serial PRIMARY KEY,
    account_id text NOT NULL REFERENCES support_accounts(id),
    reason text NOT NULL,
    final_balance_cents integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
];

function literal(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function insertRows(
  table: string,
  columns: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
) {
  const values = rows.map((row) => `  (${row.map(literal).join(', ')})`).join(',\n');
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${values}\nON CONFLICT DO NOTHING`;
}

/**
 * Refund ids are serial, so there is no natural key for ON CONFLICT: insert each seeded refund only when
 * its invoice has none yet. Explicit ids would also leave the sequence behind and break the first real refund.
 */
/** Seeded orders are serial too: each is inserted once, when the account has no order of that item yet. */
function insertSeedOrder([
  accountId,
  item,
  quantity,
  status,
  createdAt,
]: (typeof ORDER_ROWS)[number]): string {
  return (
    'INSERT INTO support_orders (account_id, item, quantity, status, created_at) ' +
    `SELECT ${literal(accountId)}, ${literal(item)}, ${quantity}, ${literal(status)}, ${literal(createdAt)} ` +
    `WHERE NOT EXISTS (SELECT 1 FROM support_orders WHERE account_id = ${literal(accountId)} AND item = ${literal(item)})`
  );
}

function insertSeedRefund([invoiceId, cents, reason, createdAt]: (typeof REFUND_ROWS)[number]): string {
  return (
    'INSERT INTO support_refunds (invoice_id, amount_cents, reason, status, created_at) ' +
    `SELECT ${literal(invoiceId)}, ${cents}, ${literal(reason)}, 'issued', ${literal(createdAt)} ` +
    `WHERE NOT EXISTS (SELECT 1 FROM support_refunds WHERE invoice_id = ${literal(invoiceId)})`
  );
}

/** Tables and demo data for the support template, in dependency order. */
export const supportSetupSql: string[] = [
  ...createTables,
  insertRows('support_pricing', PRICING_COLUMNS, PRICING_ROWS),
  insertRows('support_accounts', ACCOUNT_COLUMNS, ACCOUNT_ROWS),
  insertRows('support_invoices', INVOICE_COLUMNS, INVOICE_ROWS),
  insertRows('support_logins', LOGIN_COLUMNS, LOGIN_ROWS),
  ...REFUND_ROWS.map(insertSeedRefund),
  ...ORDER_ROWS.map(insertSeedOrder),
  insertRows('support_call_logs', CALL_LOG_COLUMNS, CALL_LOG_ROWS),
  insertRows('support_webhooks', WEBHOOK_COLUMNS, WEBHOOK_ROWS),
];
