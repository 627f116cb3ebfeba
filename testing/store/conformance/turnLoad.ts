import { expect, it } from 'vitest';
import type { ConversationStore } from '../../../src/store/types.ts';
import { newConversation, turnOf } from './fixtures.ts';

/** `loadTurn` (where a store has it) returns exactly what the piecewise reads return. */
export function turnLoadConformance(store: () => ConversationStore): void {
  it('reads conversation, items, last counted handoff, handoff log and the next turn’s ledger in one call', async () => {
    const s = store();
    if (!s.loadTurn) return; // optional: the runtime reads piece by piece without it
    expect(await s.loadTurn('no-such-conversation')).toBeNull();
    const conv = await newConversation(s);
    const moved = await s.commitTurn(
      turnOf(conv, {
        handoffs: [
          { turn: 1, from: 'triage', to: 'billing', reason: 'invoice', intent: 'billing', kind: 'handoff' },
          { turn: 1, from: 'billing', to: 'sales', reason: 'refused', intent: null, kind: 'rejected' },
        ],
        activeAgent: 'billing',
      }),
    );
    // An earlier attempt at turn 2 ran a side effect; one of turn 1 must not show up.
    const key = {
      conversationId: conv.id,
      callId: 'c9',
      tool: 'refund',
      agent: 'billing',
      arguments: { a: 1 },
    };
    await s.runToolOnce({ ...key, turn: 2 }, async () => ({ ok: true }));
    await s.runToolOnce({ ...key, turn: 1 }, async () => ({ ok: 'old' }));

    const loaded = await s.loadTurn(conv.id);
    expect(loaded?.record).toEqual(await s.getConversation(conv.id));
    expect(loaded?.record.version).toBe(moved.version);
    expect(loaded?.items).toEqual(await s.getItems(conv.id));
    expect(loaded?.lastHandoff).toEqual({ from: 'triage', to: 'billing', turn: 1 });
    expect(loaded?.handoffs).toEqual(
      (await s.listHandoffs(conv.id)).map(({ from, to, turn, kind }) => ({ from, to, turn, kind })),
    );
    expect(loaded?.toolCalls).toEqual(await s.listToolCalls(conv.id, 2));
    expect(loaded?.toolCalls.map((t) => t.result)).toEqual([{ ok: true }]);
  });
}
