import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import {
  closeAccount,
  maskEmail,
  sendPasswordReset,
  unlockAccount,
} from '../../../templates/support/accountTools.ts';
import { placeOrder } from '../../../templates/support/orderTools.ts';
import { rows, seededSupportDb, toolContext } from '../../support/templates/support/supportTestDb.ts';

/** The desk's new areas (issue #16): sign-in for TechSupport, orders for Sales, closing for Billing. */
let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSupportDb());
});
afterAll(() => close());

describe('account access, orders and closing a paid account', () => {
  it('sends a password reset to the email on file, masked, and records it', async () => {
    const ctx = toolContext(db, 'TechSupport');
    const result: any = await sendPasswordReset.execute({ accountId: 'acc 1001' }, ctx);
    expect(result).toMatchObject({
      found: true,
      accountId: 'ACC-1001',
      sentTo: 'm•••@brightsidedental.example',
    });
    expect(ctx.state.accountId).toBe('ACC-1001');
    const sent = await rows<{ email: string }>(
      db,
      "SELECT email FROM support_password_resets WHERE account_id = 'ACC-1001'",
    );
    expect(sent).toEqual([{ email: 'maya.patel@brightsidedental.example' }]);
    expect(maskEmail('x')).toBe('•••');
  });

  it('asks for the account when none is known, and says when it does not exist', async () => {
    expect(await sendPasswordReset.execute({}, toolContext(db, 'TechSupport'))).toMatchObject({
      found: false,
      missing: 'accountId',
    });
    expect(
      await unlockAccount.execute({ accountId: 'ACC-9999' }, toolContext(db, 'TechSupport')),
    ).toMatchObject({
      found: false,
      accountId: 'ACC-9999',
    });
  });

  it('unlocks a locked sign-in and clears its failed attempts; a sign-in that is not locked stays as it is', async () => {
    const unlocked: any = await unlockAccount.execute(
      { accountId: 'ACC-1003' },
      toolContext(db, 'TechSupport'),
    );
    expect(unlocked).toMatchObject({ status: 'unlocked', accountId: 'ACC-1003', username: 'priya.nair' });
    // The sign-in's name is not said to a caller who gave only the account number.
    expect(unlocked.message).not.toContain('priya.nair');
    const [login] = await rows<{ locked: boolean; failed_attempts: number }>(
      db,
      "SELECT locked, failed_attempts FROM support_logins WHERE account_id = 'ACC-1003'",
    );
    expect(login).toEqual({ locked: false, failed_attempts: 0 });
    const open: any = await unlockAccount.execute({ accountId: 'ACC-1001' }, toolContext(db, 'TechSupport'));
    expect(open.status).toBe('not_locked');
    expect(open.message).not.toContain('maya.patel');
  });

  it('takes an order with a reference', async () => {
    const order: any = await placeOrder.execute(
      { accountId: 'ACC-1005', item: 'numbers', quantity: 3 },
      toolContext(db, 'Sales'),
    );
    expect(order).toMatchObject({ found: true, item: 'numbers', quantity: 3 });
    expect(order.orderId).toMatch(/^ORD-\d{4}$/);
    const stored = await rows(db, "SELECT item, quantity FROM support_orders WHERE account_id = 'ACC-1005'");
    expect(stored).toEqual([{ item: 'numbers', quantity: 3 }]);
  });

  it('closes a paid account once, with what is still due', async () => {
    const closed: any = await closeAccount.execute(
      { accountId: 'ACC-1003', reason: 'moving provider' },
      toolContext(db, 'Billing'),
    );
    expect(closed).toMatchObject({ status: 'closed', finalBalance: '$29.00' });
    expect(closed.message).toContain('$29.00 is still due');
    const again: any = await closeAccount.execute(
      { accountId: 'ACC-1003', reason: 'again' },
      toolContext(db, 'Billing'),
    );
    expect(again.status).toBe('already_closed');
    const stored = await rows(
      db,
      "SELECT final_balance_cents FROM support_account_closures WHERE account_id = 'ACC-1003'",
    );
    expect(stored).toEqual([{ final_balance_cents: 2900 }]);
  });
});
