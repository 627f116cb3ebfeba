import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { rows } from '../../support/templates/healthcare/healthcareTestDb.ts';

/**
 * "can I pay my bill" on the healthcare template, offline, as `switchboard chat --graph healthcare`
 * runs it: the Receptionist consults its billing desk, which reads the payment back and, on "yes",
 * charges the card on file once. The turn
 * that took the payment is retried after a crash before it was saved (the process died between the
 * tool and the commit): the payment is replayed from the tool-call ledger, not taken again. Asked
 * again in a later turn, there is nothing left to pay, so nothing is charged either.
 */

/** Fails the next turn commit once armed, as if the process died after the tools ran. */
function crashingStore(store: ConversationStore) {
  let armed = false;
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'commitTurn' && armed) {
        return async () => {
          armed = false;
          throw new Error('simulated crash before commit');
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: proxy, crashNextCommit: () => (armed = true) };
}

let inner: ConversationStore;
let crash: ReturnType<typeof crashingStore>;
let switchboard: Switchboard;

beforeAll(async () => {
  inner = createMemoryStore();
  crash = crashingStore(inner);
  switchboard = await Switchboard.create({
    graph: await loadGraph('healthcare'),
    store: crash.store,
    models: createAgentModelFactory({ model: 'offline' }),
  });
  await query('SELECT 1'); // open and seed the tool database outside the first test's budget
}, 120_000);

afterAll(async () => {
  await inner.close();
});

const query = async <T = Record<string, unknown>>(text: string) => rows<T>(await inner.toolDb(), text);
const calls = (turn: { toolCalls: { agent: string; tool: string }[] }) =>
  turn.toolCalls.map((c) => `${c.agent}.${c.tool}`);

describe('healthcare billing desk, offline: a payment is taken once', () => {
  it('charges the card on file once even when the paying turn is retried, and not again when asked twice', async () => {
    const { id } = await switchboard.createConversation();
    const verified = await switchboard.send(id, 'Dana Ruiz, born 1984-03-12');
    expect(calls(verified)).toEqual(['Receptionist.verify_identity']);

    // Read back first (ninth pass), naming the balance and the card the look-up found (eleventh pass):
    // nothing is charged until the caller says yes.
    const readBack = await switchboard.send(id, 'can I pay my bill');
    expect(readBack.reply).toBe(
      'Just to confirm: pay your whole balance of $145 with the Visa ending 4421. Shall I go ahead?',
    );
    expect(calls(readBack)).toEqual(['Billing.lookup_balance']);

    crash.crashNextCommit();
    await expect(switchboard.send(id, 'yes')).rejects.toThrow(/simulated crash/);
    const afterCrash = await query<{ n: number }>(
      "SELECT count(*) AS n FROM healthcare_payments WHERE patient_id = 'PT-1001'",
    );
    expect(Number(afterCrash[0].n)).toBe(1);

    const retry = await switchboard.send(id, 'yes');
    expect(retry.agent).toBe('Receptionist');
    expect(retry.handoffs).toEqual([]);
    const pay = retry.toolCalls.find((c) => c.tool === 'pay_by_card_or_link');
    expect(pay).toMatchObject({ agent: 'Billing', replayed: true, result: { paid: true, amount: '$145' } });
    expect(retry.reply).toContain('$145 paid with the Visa ending 4421');

    const payments = await query<{ id: string; amount_cents: number; method: string; method_label: string }>(
      "SELECT id, amount_cents, method, method_label FROM healthcare_payments WHERE patient_id = 'PT-1001'",
    );
    expect(payments).toEqual([
      {
        id: (pay?.result as { paymentId?: string } | undefined)?.paymentId,
        amount_cents: 14500,
        method: 'card on file',
        method_label: 'Visa ending 4421',
      },
    ]);
    const owed = await query<{ n: number }>(
      "SELECT coalesce(sum(patient_cents - paid_cents), 0) AS n FROM healthcare_statements WHERE patient_id = 'PT-1001'",
    );
    expect(Number(owed[0].n)).toBe(0);

    // Said again in a new turn: the balance is paid, so there is nothing to read back or charge.
    const again = await switchboard.send(id, 'can I pay my bill');
    expect(again.reply).toContain("You don't owe anything");
    await switchboard.send(id, 'yes');
    const count = await query<{ n: number }>(
      "SELECT count(*) AS n FROM healthcare_payments WHERE patient_id = 'PT-1001'",
    );
    expect(Number(count[0].n)).toBe(1);
  });

  it('with no card on file, texts a payment link and leaves the balance until it is paid', async () => {
    const { id } = await switchboard.createConversation();
    await switchboard.send(id, 'hi can I pay my bill');
    const verified = await switchboard.send(id, 'Priya Nair 1978-11-23');
    expect(calls(verified)).toEqual(['Receptionist.verify_identity', 'Billing.lookup_balance']);
    expect(verified.reply).toBe(
      'Just to confirm: pay your whole balance of $20 with a secure payment link texted to the phone ending 0103. Shall I go ahead?',
    );
    const turn = await switchboard.send(id, 'yes');
    expect(calls(turn)).toEqual(['Billing.pay_by_card_or_link']);
    expect(turn.reply).toContain('texted a secure payment link for $20 to the phone number ending 0103');
    const [link] = await query<{ status: string; method_label: string | null }>(
      "SELECT status, method_label FROM healthcare_payments WHERE patient_id = 'PT-1003'",
    );
    expect(link).toEqual({ status: 'link_sent', method_label: null });
    const owed = await query<{ n: number }>(
      "SELECT sum(patient_cents - paid_cents) AS n FROM healthcare_statements WHERE patient_id = 'PT-1003'",
    );
    expect(Number(owed[0].n)).toBe(2000);
  });
});
