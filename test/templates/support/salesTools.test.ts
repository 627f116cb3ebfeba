import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { bookDemo, lookupPricing } from '../../../templates/support/salesTools.ts';
import { rows, seededSupportDb, toolContext } from '../../support/templates/support/supportTestDb.ts';

let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSupportDb());
});
afterAll(() => close());

const demos = () => rows(db, 'SELECT id, name, email, company, slot FROM support_demos ORDER BY id');

describe('lookup_pricing', () => {
  it('describes every plan from the pricing table, cheapest first, in dollars', async () => {
    const stored = await rows<{ plan: string; monthly_cents: number; included_minutes: number }>(
      db,
      'SELECT plan, monthly_cents, included_minutes FROM support_pricing ORDER BY monthly_cents',
    );
    const result: any = await lookupPricing.execute({}, toolContext(db, 'Sales'));
    expect(result.found).toBe(true);
    expect(result.plans.map((p: any) => [p.plan, p.monthlyPrice, p.includedMinutes])).toEqual(
      stored.map((r) => [r.plan, `$${r.monthly_cents / 100}`, r.included_minutes]),
    );
    expect(result.summary).toContain('Growth is $99 a month with 3,000 minutes');
  });

  it('describes one plan with its features and per-minute rate', async () => {
    const result: any = await lookupPricing.execute({ plan: 'Scale' }, toolContext(db, 'Sales'));
    expect(result).toMatchObject({ found: true, plan: 'Scale', monthlyPrice: '$399', perMinute: '1 cent' });
    expect(result.features).toContain('SIP trunking');
    expect(result.plans).toHaveLength(1);
  });
});

describe('book_demo', () => {
  it('writes a demo row, returns a DEMO- reference and remembers it with the caller', async () => {
    const ctx = toolContext(db, 'Sales', { accountId: 'ACC-1001' });
    const args = {
      name: 'Dana Lee',
      email: 'Dana@Northpeak.example ',
      company: 'Northpeak',
      date: '2025-06-12',
    };
    const result: any = await bookDemo.execute(args, ctx);
    const [row] = await demos();
    expect(row).toMatchObject({
      name: 'Dana Lee',
      email: 'dana@northpeak.example',
      company: 'Northpeak',
      slot: '2025-06-12',
    });
    expect(result).toMatchObject({ booked: true, demoId: `DEMO-${row.id}`, date: '2025-06-12' });
    // Said to the caller as a day, never as the stored "2025-06-12".
    expect(result.day).toBe('Thursday 12 June 2025');
    expect(result.message).toContain('booked for Thursday 12 June 2025;');
    expect(ctx.state).toEqual({
      accountId: 'ACC-1001',
      demoId: `DEMO-${row.id}`,
      callerName: 'Dana Lee',
      email: 'dana@northpeak.example',
    });

    // Company is optional (individuals get demos too) and free-text dates are kept as said.
    const second: any = await bookDemo.execute(
      { name: 'Sam Ortiz', email: 'sam@ortiz.example', date: 'next Tuesday 3pm' },
      toolContext(db, 'Sales'),
    );
    expect(second).toMatchObject({
      booked: true,
      company: null,
      date: 'next Tuesday 3pm',
      day: 'next Tuesday 3pm',
    });
    expect(second.demoId).not.toBe(result.demoId);
    const stored = await demos();
    expect(stored).toHaveLength(2);
    expect(stored[1]).toMatchObject({ name: 'Sam Ortiz', company: null, slot: 'next Tuesday 3pm' });
  });

  it('books nothing when the email or the date is not usable', async () => {
    const before = (await demos()).length;
    const ctx = toolContext(db, 'Sales');
    const badEmail: any = await bookDemo.execute(
      { name: 'Kai', email: 'kai at example dot com', company: 'Kai Co', date: '2025-06-12' },
      ctx,
    );
    expect(badEmail).toMatchObject({ booked: false, missing: 'email' });
    const badDate: any = await bookDemo.execute(
      { name: 'Kai', email: 'kai@example.com', company: 'Kai Co', date: '2025-02-30' },
      ctx,
    );
    expect(badDate).toMatchObject({ booked: false, missing: 'date' });
    expect(await demos()).toHaveLength(before);
    expect(ctx.state.demoId).toBeUndefined();
  });
});
