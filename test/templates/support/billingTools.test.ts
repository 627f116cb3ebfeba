import { TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { changePlan, issueRefund, lookupInvoice } from '../../../templates/support/billingTools.ts';
import { rows, seededSupportDb, toolContext } from '../../support/templates/support/supportTestDb.ts';

// One seeded database for the file; each test works on its own invoices/accounts so order does not matter.
let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSupportDb());
});
afterAll(() => close());

const refundsOf = (invoiceId: string) =>
  rows<{ id: number; amount_cents: number; status: string; reason: string }>(
    db,
    `SELECT id, amount_cents, status, reason FROM support_refunds WHERE invoice_id = '${invoiceId}' ORDER BY id`,
  );
const invoiceStatus = async (invoiceId: string) =>
  (await rows<{ status: string }>(db, `SELECT status FROM support_invoices WHERE id = '${invoiceId}'`))[0]
    .status;

describe('lookup_invoice', () => {
  it('finds a seeded invoice by id, in dollars, and remembers invoice, account and plan', async () => {
    const ctx = toolContext(db, 'Billing');
    const result: any = await lookupInvoice.execute({ invoiceId: 'INV-2041' }, ctx);
    expect(result).toMatchObject({
      found: true,
      invoiceId: 'INV-2041',
      accountId: 'ACC-1003',
      period: 'February 2025',
      amount: '$46.88',
      amountDollars: 46.88,
      status: 'paid',
      accountBalance: '$29.00',
    });
    expect(ctx.state).toEqual({ invoiceId: 'INV-2041', accountId: 'ACC-1003', plan: 'Starter' });
  });

  it('accepts ids as a transcript or a model writes them ("inv 2041", "2041")', async () => {
    for (const spoken of ['inv 2041', 'INV2041', '2041']) {
      const result: any = await lookupInvoice.execute({ invoiceId: spoken }, toolContext(db, 'Billing'));
      expect(result.invoiceId, spoken).toBe('INV-2041');
    }
  });

  it('returns the most recent invoice of an account, also when the account only comes from the state', async () => {
    const byArg: any = await lookupInvoice.execute({ accountId: 'ACC-1009' }, toolContext(db, 'Billing'));
    expect(byArg).toMatchObject({ found: true, invoiceId: 'INV-2053', amount: '$612.40', status: 'open' });
    const byState: any = await lookupInvoice.execute(
      {},
      toolContext(db, 'Billing', { accountId: 'ACC-1001' }),
    );
    expect(byState).toMatchObject({ found: true, invoiceId: 'INV-2047', period: 'March 2025' });
  });

  it('answers found:false with a message for unknown ids or no id at all, never throwing', async () => {
    const ctx = toolContext(db, 'Billing');
    expect(await lookupInvoice.execute({ invoiceId: 'INV-9999' }, ctx)).toMatchObject({
      found: false,
      invoiceId: 'INV-9999',
      message: expect.stringContaining('INV-9999'),
    });
    expect(await lookupInvoice.execute({ accountId: 'ACC-4040' }, ctx)).toMatchObject({ found: false });
    expect(await lookupInvoice.execute({}, ctx)).toMatchObject({ found: false, missing: 'invoiceId' });
    expect(ctx.state).toEqual({});
  });
});

describe('issue_refund', () => {
  it('refunds up to $500 at once: writes an issued refund row and marks the invoice refunded', async () => {
    const ctx = toolContext(db, 'Billing');
    const result: any = await issueRefund.execute({ invoiceId: 'INV-2044', reason: 'charged twice' }, ctx);
    const [refund] = await refundsOf('INV-2044');
    expect(refund).toMatchObject({ amount_cents: 2900, status: 'issued', reason: 'charged twice' });
    expect(await invoiceStatus('INV-2044')).toBe('refunded');
    expect(result).toMatchObject({
      status: 'issued',
      refunded: true,
      amount: '$29.00',
      refundId: `RF-${refund.id}`,
    });
    expect(result.escalate).toBeUndefined();
    expect(ctx.state).toMatchObject({
      lastRefundId: `RF-${refund.id}`,
      invoiceId: 'INV-2044',
      accountId: 'ACC-1008',
    });
  });

  it('refunds part of an invoice, keeps it paid until the rest is refunded, and refuses more than is left', async () => {
    const ctx = toolContext(db, 'Billing');
    await issueRefund.execute({ invoiceId: 'INV-2039', amount: 40, reason: 'outage credit' }, ctx);
    expect(await invoiceStatus('INV-2039')).toBe('paid');
    const tooMuch: any = await issueRefund.execute(
      { invoiceId: 'INV-2039', amount: 80, reason: 'more' },
      ctx,
    );
    expect(tooMuch).toMatchObject({ status: 'invalid_amount', refundable: '$72.40', refunded: false });
    const rest: any = await issueRefund.execute({ invoiceId: 'INV-2039', reason: 'rest of it' }, ctx);
    expect(rest).toMatchObject({ status: 'issued', amount: '$72.40', invoiceStatus: 'refunded' });
    expect((await refundsOf('INV-2039')).map((r) => r.amount_cents)).toEqual([4000, 7240]);
  });

  it('issues exactly $500 itself: the limit is inclusive', async () => {
    const result: any = await issueRefund.execute(
      { invoiceId: 'INV-2043', amount: 500, reason: 'overage dispute' },
      toolContext(db, 'Billing'),
    );
    expect(result).toMatchObject({ status: 'issued', amount: '$500.00' });
    expect((await refundsOf('INV-2043')).map((r) => r.status)).toEqual(['issued']);
  });

  it('does not issue refunds over $500: records pending_human only and asks to escalate', async () => {
    const ctx = toolContext(db, 'Billing');
    const result: any = await issueRefund.execute({ invoiceId: 'INV-2045', reason: 'unused minutes' }, ctx);
    const refunds = await refundsOf('INV-2045');
    expect(refunds).toEqual([expect.objectContaining({ amount_cents: 124000, status: 'pending_human' })]);
    expect(await invoiceStatus('INV-2045')).toBe('paid');
    expect(result).toMatchObject({
      escalate: true,
      status: 'needs_human',
      refunded: false,
      reason: 'Refund of $1,240.00 exceeds the $500 self-service limit',
      refundId: `RF-${refunds[0].id}`,
    });
    expect(ctx.state.lastRefundId).toBe(`RF-${refunds[0].id}`);

    const again: any = await issueRefund.execute({ invoiceId: 'INV-2045', reason: 'asking again' }, ctx);
    expect(again).toMatchObject({ status: 'already_pending', refundId: `RF-${refunds[0].id}` });
    expect(await refundsOf('INV-2045')).toHaveLength(1);
  });

  it('refuses open and already refunded invoices without writing anything', async () => {
    // Two accounts' invoices, so two conversations: one conversation never reaches a second account.
    expect(
      await issueRefund.execute({ invoiceId: 'INV-2052', reason: 'x' }, toolContext(db, 'Billing')),
    ).toMatchObject({
      status: 'not_refundable',
    });
    expect(
      await issueRefund.execute({ invoiceId: 'INV-2037', reason: 'x' }, toolContext(db, 'Billing')),
    ).toMatchObject({
      status: 'already_refunded',
    });
    expect(await refundsOf('INV-2052')).toEqual([]);
    expect(await refundsOf('INV-2037')).toHaveLength(1);
  });

  it('answers found:false for an unknown invoice', async () => {
    expect(
      await issueRefund.execute({ invoiceId: 'INV-0000', reason: 'x' }, toolContext(db, 'Billing')),
    ).toMatchObject({
      found: false,
      message: expect.stringContaining('INV-0000'),
    });
  });

  it("writes through the db it is given, so the runtime's transaction can roll the effect back", async () => {
    let insideTransaction: unknown[] = [];
    const run = db.transaction(async (tx) => {
      const result: any = await issueRefund.execute(
        { invoiceId: 'INV-2046', reason: 'rolled back' },
        toolContext(tx, 'Billing'),
      );
      expect(result.status).toBe('issued');
      insideTransaction = await rows(tx, "SELECT id FROM support_refunds WHERE invoice_id = 'INV-2046'");
      tx.rollback();
    });
    await expect(run).rejects.toBeInstanceOf(TransactionRollbackError);
    expect(insideTransaction).toHaveLength(1);
    expect(await refundsOf('INV-2046')).toEqual([]);
    expect(await invoiceStatus('INV-2046')).toBe('paid');
  });
});

describe('change_plan', () => {
  const planOf = async (accountId: string) =>
    (await rows<{ plan: string }>(db, `SELECT plan FROM support_accounts WHERE id = '${accountId}'`))[0].plan;
  const changesOf = (accountId: string) =>
    rows(
      db,
      `SELECT from_plan, to_plan FROM support_plan_changes WHERE account_id = '${accountId}' ORDER BY id`,
    );

  it('writes a plan-change row, updates the account and the state', async () => {
    const ctx = toolContext(db, 'Billing');
    const result: any = await changePlan.execute({ accountId: 'ACC-1010', plan: 'Scale' }, ctx);
    expect(await changesOf('ACC-1010')).toEqual([{ from_plan: 'Growth', to_plan: 'Scale' }]);
    expect(await planOf('ACC-1010')).toBe('Scale');
    expect(result).toMatchObject({
      changed: true,
      fromPlan: 'Growth',
      toPlan: 'Scale',
      direction: 'upgrade',
      monthlyPrice: '$399',
    });
    expect(ctx.state).toMatchObject({ accountId: 'ACC-1010', plan: 'Scale' });
  });

  it('uses the account already in the state and records nothing when the plan is unchanged', async () => {
    const ctx = toolContext(db, 'Billing', { accountId: 'ACC-1005' });
    const down: any = await changePlan.execute({ plan: 'Growth' }, ctx);
    expect(down).toMatchObject({
      changed: true,
      accountId: 'ACC-1005',
      fromPlan: 'Starter',
      toPlan: 'Growth',
    });
    const same: any = await changePlan.execute({ plan: 'Growth' }, ctx);
    expect(same).toMatchObject({ changed: false, status: 'unchanged' });
    expect(await changesOf('ACC-1005')).toHaveLength(1);
  });

  it('answers found:false for an unknown account and asks for one when there is none', async () => {
    expect(
      await changePlan.execute({ accountId: 'ACC-0001', plan: 'Scale' }, toolContext(db, 'Billing')),
    ).toMatchObject({
      found: false,
    });
    expect(await changePlan.execute({ plan: 'Scale' }, toolContext(db, 'Billing'))).toMatchObject({
      found: false,
      missing: 'accountId',
    });
  });
});
