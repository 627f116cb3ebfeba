import { expect, it } from 'vitest';
import type { ConversationStore, ToolCallKey } from '../../../src/store/types.ts';
import { newConversation } from './fixtures.ts';

const refund = (conversationId: string, over: Partial<ToolCallKey> = {}): ToolCallKey => ({
  conversationId,
  turn: 1,
  occurrence: 1,
  callId: 'call_t1_2',
  tool: 'issue_refund',
  agent: 'Billing',
  arguments: { invoiceId: 'INV-2040', amount: 1 },
  ...over,
});

/** What the ledger treats as "the same side effect": the replay rules behind a safe retry. */
export function ledgerKeyConformance(store: () => ConversationStore): void {
  it('does not replay a result to a call that reuses the call id with other arguments', async () => {
    const conv = await newConversation(store());
    const first = await store().runToolOnce(refund(conv.id), async () => ({ refunded: 'INV-2040' }));
    const changed = refund(conv.id, { arguments: { invoiceId: 'INV-2043', amount: 5 } });
    const second = await store().runToolOnce(changed, async () => ({ refunded: 'INV-2043' }));
    expect(first).toEqual({ result: { refunded: 'INV-2040' }, replayed: false, callId: 'call_t1_2' });
    expect(second).toEqual({ result: { refunded: 'INV-2043' }, replayed: false, callId: 'call_t1_2' });
    // Both effects are on record under the turn, the latest one under the call id.
    const records = await store().listToolCalls(conv.id, 1);
    expect(records.map((r) => [r.callId, r.arguments, r.result, r.status])).toEqual([
      ['call_t1_2', { invoiceId: 'INV-2040', amount: 1 }, { refunded: 'INV-2040' }, 'completed'],
      ['call_t1_2', { invoiceId: 'INV-2043', amount: 5 }, { refunded: 'INV-2043' }, 'completed'],
    ]);
    expect((await store().getToolCall(conv.id, 'call_t1_2'))?.result).toEqual({ refunded: 'INV-2043' });
  });

  it('does not replay across tools or turns', async () => {
    const conv = await newConversation(store());
    await store().runToolOnce(refund(conv.id), async () => 'refund');
    const otherTool = await store().runToolOnce(
      refund(conv.id, { tool: 'void_invoice' }),
      async () => 'void',
    );
    const nextTurn = await store().runToolOnce(refund(conv.id, { turn: 2 }), async () => 'refund again');
    expect([otherTool.replayed, nextTurn.replayed]).toEqual([false, false]);
    expect((await store().listToolCalls(conv.id, 1)).map((r) => r.tool).sort()).toEqual([
      'issue_refund',
      'void_invoice',
    ]);
    expect((await store().listToolCalls(conv.id, 2)).map((r) => r.result)).toEqual(['refund again']);
  });

  it('replays the same call of the same turn under a new call id, whatever the key order', async () => {
    const conv = await newConversation(store());
    let runs = 0;
    const run = async () => {
      runs++;
      return { refunded: 1 };
    };
    await store().runToolOnce(refund(conv.id), run);
    const retry = refund(conv.id, { callId: 'call_llm_x9', arguments: { amount: 1, invoiceId: 'INV-2040' } });
    expect(await store().runToolOnce(retry, run)).toEqual({
      result: { refunded: 1 },
      replayed: true,
      callId: 'call_t1_2',
    });
    expect(runs).toBe(1);
  });

  it('keeps the second identical call of a turn apart from the first', async () => {
    const conv = await newConversation(store());
    let runs = 0;
    const run = async () => ++runs;
    const once = await store().runToolOnce(refund(conv.id), run);
    const twice = await store().runToolOnce(refund(conv.id, { occurrence: 2, callId: 'call_t1_3' }), run);
    const twiceAgain = await store().runToolOnce(refund(conv.id, { occurrence: 2, callId: 'x' }), run);
    expect([once.result, twice.result, twiceAgain]).toEqual([
      1,
      2,
      { result: 2, replayed: true, callId: 'call_t1_3' },
    ]);
    expect((await store().listToolCalls(conv.id, 1)).map((r) => r.occurrence)).toEqual([1, 2]);
  });
}
