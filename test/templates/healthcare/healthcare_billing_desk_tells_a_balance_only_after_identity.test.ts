import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ToolDb } from '../../../src/store/types.ts';
import {
  explainCharge,
  lookupBalance,
  payByCardOrLink,
  payInInstallments,
} from '../../../templates/healthcare/billingTools.ts';
import { VERIFY_FIRST } from '../../../templates/healthcare/identity.ts';
import {
  rows,
  seededHealthcareDb,
  toolContext,
  verifiedAs,
} from '../../support/templates/healthcare/healthcareTestDb.ts';

/**
 * The billing desk says nothing about a bill before the caller is verified, and once verified it tells
 * only that patient's balance: the statements still owed, what each visit cost and what insurance paid.
 */
let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededHealthcareDb());
}, 120_000); // booting PGlite is slow on a loaded machine
afterAll(() => close());

const count = async (query: string) => Number((await rows<{ n: number }>(db, query))[0].n);

describe('the billing desk before and after identity', () => {
  it('refuses every billing tool to an unverified caller, with no amount and no write', async () => {
    const before = await count('SELECT count(*) AS n FROM healthcare_payments');
    // A patient id in the state without a verification is not enough.
    const unverified = { patientId: 'PT-1001' };
    for (const [tool, args] of [
      [lookupBalance, {}],
      [explainCharge, { amount: 40 }],
      [payByCardOrLink, {}],
      [payInInstallments, { months: 3 }],
    ] as const) {
      const result: any = await (tool.execute as (a: unknown, c: unknown) => Promise<unknown>)(
        args,
        toolContext(db, 'Billing', unverified),
      );
      expect(result, tool.name).toEqual(VERIFY_FIRST);
    }
    expect(await count('SELECT count(*) AS n FROM healthcare_payments')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM healthcare_payment_plans')).toBe(0);
  });

  it("tells the verified patient's balance: each open statement, what the visit cost and what insurance paid", async () => {
    const result: any = await lookupBalance.execute(
      {},
      toolContext(db, 'Billing', verifiedAs('PT-1001', 'Dana Ruiz')),
    );
    const owed = await rows<{ id: string; owed: number }>(
      db,
      "SELECT id, patient_cents - paid_cents AS owed FROM healthcare_statements WHERE patient_id = 'PT-1001' AND patient_cents > paid_cents ORDER BY visit_date",
    );
    expect(result.statements.map((s: { statementId: string }) => s.statementId)).toEqual(
      owed.map((s) => s.id),
    );
    const total = owed.reduce((sum, s) => sum + Number(s.owed), 0);
    expect(result.balance).toBe(`$${total / 100}`);
    expect(result.message).toContain(`Your balance is $${total / 100}`);
    // The X-ray went to the deductible: billed $200, $80 network discount, insurance $0, $120 hers.
    expect(result.statements[0]).toMatchObject({
      statementId: 'ST-7002',
      billed: '$200',
      adjustment: '$80',
      insurancePaid: '$0',
      owed: '$120',
      reason: 'deductible',
    });
    // Nothing of another patient's bills: Omar's $40 physical therapy copay is not Dana's.
    expect(JSON.stringify(result)).not.toContain('ST-7012');
  });

  it('says a patient with nothing open owes nothing', async () => {
    await rows(
      db,
      "UPDATE healthcare_statements SET paid_cents = patient_cents WHERE patient_id = 'PT-1005'",
    );
    const result: any = await lookupBalance.execute(
      {},
      toolContext(db, 'Billing', verifiedAs('PT-1005', 'Grace Liu')),
    );
    expect(result).toMatchObject({ found: true, balance: '$0', statements: [] });
  });
});

describe('"how much do I owe" in a whole conversation, offline', () => {
  it('asks who is calling, tells no amount to a wrong date of birth, and tells the balance once verified', async () => {
    const store = createMemoryStore();
    try {
      const switchboard = await Switchboard.create({
        graph: await loadGraph('healthcare'),
        store,
        models: createAgentModelFactory({ model: 'offline' }),
      });
      const { id } = await switchboard.createConversation();
      const asked = await switchboard.send(id, 'how much do I owe');
      expect(asked.agent).toBe('Receptionist');
      expect(asked.reply).toMatch(/full name and date of birth/);
      expect(asked.reply).not.toMatch(/\$\d/);
      const wrong = await switchboard.send(id, 'Dana Ruiz, born 1984-03-13');
      expect(wrong.reply).not.toMatch(/\$\d/);
      const right = await switchboard.send(id, 'Dana Ruiz, born 1984-03-12');
      expect(right.toolCalls.map((c) => `${c.agent}.${c.tool}`)).toEqual([
        'Receptionist.verify_identity',
        'Billing.lookup_balance',
      ]);
      expect(right.reply).toContain('Your balance is $145');
    } finally {
      await store.close();
    }
  }, 120_000);
});
