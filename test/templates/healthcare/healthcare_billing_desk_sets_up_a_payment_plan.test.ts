import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { rows } from '../../support/templates/healthcare/healthcareTestDb.ts';

/**
 * "I got a statement in the mail" → verify → "can I set up a payment plan" → "3" → "yes", offline: the
 * desk asks over how many months, the bare "3" said back to that question reaches it with the question
 * (the desk reads each request with no memory of what it asked), and the plan is read back and made
 * on the yes. One active plan per patient: asked
 * again, the desk reads back the plan already set up instead of making a second.
 */
let store: ConversationStore;
let switchboard: Switchboard;

beforeAll(async () => {
  store = createMemoryStore();
  switchboard = await Switchboard.create({
    graph: await loadGraph('healthcare'),
    store,
    models: createAgentModelFactory({ model: 'offline' }),
  });
  await query('SELECT 1');
}, 120_000);

afterAll(async () => {
  await store.close();
});

const query = async <T = Record<string, unknown>>(text: string) => rows<T>(await store.toolDb(), text);
const calls = (turn: { toolCalls: { agent: string; tool: string }[] }) =>
  turn.toolCalls.map((c) => `${c.agent}.${c.tool}`);

describe('healthcare billing desk, offline: a payment plan', () => {
  it('asks over how many months, takes a bare "3", and keeps one active plan per patient', async () => {
    const { id } = await switchboard.createConversation();
    const statement = await switchboard.send(id, 'I got a statement in the mail');
    expect(calls(statement)).toEqual(['Billing.explain_charge']);
    expect(statement.reply).not.toMatch(/\$\d/);

    const explained = await switchboard.send(id, 'Marcus Bell, born 1990-07-04');
    expect(calls(explained)).toEqual(['Receptionist.verify_identity', 'Billing.explain_charge']);
    expect(explained.reply).toContain('MRI');
    expect(explained.reply).toContain('deductible');

    const asked = await switchboard.send(id, 'can I set up a payment plan');
    expect(asked.reply).toMatch(/how many months/i);
    expect(await query("SELECT id FROM healthcare_payment_plans WHERE patient_id = 'PT-1002'")).toEqual([]);

    // Read back before the plan is made (ninth pass): the bare "3" goes to the desk with its question.
    const readBack = await switchboard.send(id, '3');
    expect(readBack.reply).toBe(
      'Just to confirm: split your $800 balance into 3 monthly payments. Shall I go ahead?',
    );
    expect(await query("SELECT id FROM healthcare_payment_plans WHERE patient_id = 'PT-1002'")).toEqual([]);

    const made = await switchboard.send(id, 'yes');
    expect(calls(made)).toEqual(['Billing.pay_in_installments']);
    expect(made.reply).toContain('$266.67 a month for 3 months');
    const plans = await query<{ total_cents: number; months: number; monthly_cents: number; status: string }>(
      "SELECT total_cents, months, monthly_cents, status FROM healthcare_payment_plans WHERE patient_id = 'PT-1002'",
    );
    expect(plans).toEqual([{ total_cents: 80000, months: 3, monthly_cents: 26667, status: 'active' }]);

    await switchboard.send(id, 'set up a payment plan over 6 months');
    const twice = await switchboard.send(id, 'yes');
    expect(twice.reply).toContain('You already have a payment plan');
    expect(await query("SELECT id FROM healthcare_payment_plans WHERE patient_id = 'PT-1002'")).toHaveLength(
      1,
    );
  });
});
