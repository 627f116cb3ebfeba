import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { explainCharge } from '../../../templates/healthcare/billingTools.ts';
import {
  seededHealthcareDb,
  toolContext,
  verifiedAs,
} from '../../support/templates/healthcare/healthcareTestDb.ts';

/**
 * "why was I charged $40", "explain ST-7002", "I got a statement in the mail": the desk finds the
 * statement among the verified patient's own and says which visit it was, what was billed, what the
 * network discount and the insurer took, and why the rest is the patient's (copay, deductible, self-pay).
 */
let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededHealthcareDb());
}, 120_000); // booting PGlite is slow on a loaded machine
afterAll(() => close());

describe('the billing desk explains a statement', () => {
  it('finds the charge by its amount and says it is the physical therapy copay of the plan', async () => {
    const result: any = await explainCharge.execute(
      { amount: 40 },
      toolContext(db, 'Billing', verifiedAs('PT-1008', 'Omar Haddad')),
    );
    expect(result).toMatchObject({
      found: true,
      statementId: 'ST-7012',
      service: 'physical therapy',
      billed: '$150',
      insurancePaid: '$85',
      yourShare: '$40',
      reason: 'copay',
    });
    expect(result.message).toContain('physical therapy copay of Blue Cross Blue Shield PPO');
    expect(result.message).toContain('You still owe $40');
  });

  it('explains a statement by its number: a deductible, with nothing paid by the insurer', async () => {
    const result: any = await explainCharge.execute(
      { statementId: 'st 7002' },
      toolContext(db, 'Billing', verifiedAs('PT-1001', 'Dana Ruiz')),
    );
    expect(result.statementId).toBe('ST-7002');
    expect(result.message).toContain("went to your deductible, which isn't met yet");
  });

  it('with nothing named, explains the latest statement still owed ("I got a statement in the mail")', async () => {
    const result: any = await explainCharge.execute(
      {},
      toolContext(db, 'Billing', verifiedAs('PT-1007', 'Hannah Kowalski')),
    );
    expect(result.statementId).toBe('ST-7010');
    expect(result.message).toContain('self-pay');
  });

  it("never explains another patient's statement: it is not found, and the caller's own are listed", async () => {
    const result: any = await explainCharge.execute(
      { statementId: 'ST-7012' },
      toolContext(db, 'Billing', verifiedAs('PT-1001', 'Dana Ruiz')),
    );
    expect(result.found).toBe(false);
    expect(result.message).toContain("I don't see ST-7012 on your account");
    expect(result.message).not.toContain('physical therapy');
  });

  it('an amount on none of the statements is not guessed at', async () => {
    const result: any = await explainCharge.execute(
      { amount: 999 },
      toolContext(db, 'Billing', verifiedAs('PT-1001', 'Dana Ruiz')),
    );
    expect(result.found).toBe(false);
    expect(result.message).toContain("I don't see a $999 charge");
  });
});
