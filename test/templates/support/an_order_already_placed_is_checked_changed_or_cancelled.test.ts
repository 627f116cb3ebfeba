import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import {
  cancelOrder,
  changeOrderQuantity,
  checkOrderStatus,
  placeOrder,
} from '../../../templates/support/orderTools.ts';
import { rows, seededSupportDb, toolContext } from '../../support/templates/support/supportTestDb.ts';

/**
 * What a customer asks after buying: where the order is, changing how many, cancelling it. Seeded:
 * ORD-0001 (ACC-1001, 3 numbers, complete) and ORD-0002 (ACC-1010, 4 seats, still being set up).
 */
let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSupportDb());
});
afterAll(() => close());

describe('an order already placed', () => {
  it("says where the account's latest order is, and finds one by its reference said loosely", async () => {
    const latest: any = await checkOrderStatus.execute({ accountId: 'ACC-1010' }, toolContext(db, 'Sales'));
    expect(latest).toMatchObject({ found: true, orderId: 'ORD-0002', status: 'pending', quantity: 4 });
    expect(latest.message).toContain('can still be changed or cancelled');
    const byRef: any = await checkOrderStatus.execute(
      { accountId: 'ACC-1001', orderId: 'ord 1' },
      toolContext(db, 'Sales'),
    );
    expect(byRef).toMatchObject({ orderId: 'ORD-0001', status: 'completed' });
  });

  it("asks for the account first, and answers another account's order as if it did not exist", async () => {
    expect(await checkOrderStatus.execute({}, toolContext(db, 'Sales'))).toMatchObject({
      found: false,
      missing: 'accountId',
    });
    const ctx = toolContext(db, 'Sales');
    ctx.state.accountId = 'ACC-1001';
    const other: any = await checkOrderStatus.execute({ orderId: 'ORD-0002' }, ctx);
    expect(other.found).toBe(false);
    expect(other.message).not.toContain('seats');
  });

  it('changes the quantity of an order still being set up, and refuses a complete one', async () => {
    const changed: any = await changeOrderQuantity.execute(
      { accountId: 'ACC-1010', quantity: 6 },
      toolContext(db, 'Sales'),
    );
    expect(changed).toMatchObject({ orderId: 'ORD-0002', quantity: 6, status: 'pending' });
    const complete: any = await changeOrderQuantity.execute(
      { accountId: 'ACC-1001', quantity: 1 },
      toolContext(db, 'Sales'),
    );
    expect(complete.status).toBe('completed');
    expect(complete.message).toContain("can't be changed");
    const stored = await rows(db, 'SELECT quantity FROM support_orders ORDER BY id');
    expect(stored.slice(0, 2)).toEqual([{ quantity: 3 }, { quantity: 6 }]);
  });

  it('cancels an order once: a retry finds it cancelled and changes nothing', async () => {
    const placed: any = await placeOrder.execute(
      { accountId: 'ACC-1005', item: 'minutes', quantity: 2 },
      toolContext(db, 'Sales'),
    );
    const first: any = await cancelOrder.execute({ accountId: 'ACC-1005' }, toolContext(db, 'Sales'));
    expect(first).toMatchObject({ orderId: placed.orderId, status: 'cancelled' });
    const again: any = await cancelOrder.execute(
      { accountId: 'ACC-1005', orderId: placed.orderId },
      toolContext(db, 'Sales'),
    );
    expect(again.status).toBe('cancelled');
    expect(again.message).toContain('already cancelled');
    const complete: any = await cancelOrder.execute({ accountId: 'ACC-1001' }, toolContext(db, 'Sales'));
    expect(complete.message).toContain("can't be cancelled");
  });
});
