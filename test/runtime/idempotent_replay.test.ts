import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

/** Fails the first turn commit, as if the process died after the tool ran but before the turn was saved. */
function crashOnFirstCommit(store: ConversationStore): ConversationStore {
  let crashed = false;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'commitTurn' && !crashed) {
        return async () => {
          crashed = true;
          throw new Error('simulated crash before commit');
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const backends: [string, () => Promise<ConversationStore>][] = [
  ['memory', async () => createMemoryStore()],
  ['pglite', async () => createPgliteStore({})],
];

describe.each(backends)('idempotent replay of side effects (%s)', (_name, open) => {
  it('a turn retried after a crash returns the recorded refund instead of refunding twice', async () => {
    const script = () => [
      [functionCall('transfer_to_Billing', { reason: 'refund request', intent: null }, { callId: 'c1' })],
    ];
    const billing = () => [
      [functionCall('issue_refund', { invoiceId: 'INV-7', amount: 40 }, { callId: 'c2' })],
      [assistantMessage('Refunded $40.')],
    ];
    const inner = await open();
    await inner.migrate();
    const store = crashOnFirstCommit(inner);
    const first = scriptedModels({ Triage: script(), Billing: billing() });
    const sb1 = await Switchboard.create({ graph: exampleGraph(), store, models: first.factory });
    const conv = await sb1.createConversation();
    await expect(sb1.send(conv.id, 'refund $40 on INV-7')).rejects.toThrow(/simulated crash/);
    expect((await inner.getConversation(conv.id))?.turnCount).toBe(0);
    expect((await inner.getConversation(conv.id))?.context).toEqual({});
    expect(await inner.getItems(conv.id)).toHaveLength(0);

    // A new process would rebuild everything; the model replays the same call ids for the same turn.
    const second = scriptedModels({ Triage: script(), Billing: billing() });
    const sb2 = await Switchboard.create({ graph: exampleGraph(), store: inner, models: second.factory });
    const retry = await sb2.send(conv.id, 'refund $40 on INV-7');
    expect(retry.reply).toBe('Refunded $40.');
    expect(retry.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'issue_refund',
        callId: 'c2',
        replayed: true,
        result: { refunded: 40, invoiceId: 'INV-7' },
      }),
    ]);
    // The context the tool wrote in the crashed attempt is restored from the ledger, not lost.
    expect((await inner.getConversation(conv.id))?.context).toEqual({ refunds: 1 });
    const db = await inner.toolDb();
    const rows = await db.execute('select count(*)::int as n from example_refunds');
    expect((rows as any).rows[0].n).toBe(1);
    const ledger = await inner.getToolCall(conv.id, 'c2');
    expect(ledger?.status).toBe('completed');
    await inner.close();
  });
});
