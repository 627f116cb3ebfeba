import { PGlite } from '@electric-sql/pglite';
import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it, vi } from 'vitest';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { PREPARE_LOAD } from '../../src/store/lockedTurnSql.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;

describe('a durable turn after a handoff, in a graph with side-effecting tools', () => {
  it(
    'reads conversation, history, last handoff and ledger in one statement and commits in one',
    async () => {
      const store = await createPgliteStore();
      try {
        await store.migrate();
        const { factory } = scriptedModels({
          Triage: [
            [functionCall('transfer_to_Billing', { reason: 'invoice', intent: null }, { callId: 'c1' })],
          ],
          Billing: [[assistantMessage('Which invoice?')], [assistantMessage('Refund on its way.')]],
        });
        const sb = await Switchboard.create({ graph: exampleGraph(), store, models: factory });
        const conv = await sb.createConversation();
        await sb.send(conv.id, 'I have a question about my invoice');

        // The load and commit run as statements prepared on the first turn (pglitePreparedTurn.ts,
        // through `exec`); anything else would go through `query`. Both are counted, in call order.
        const query = vi.spyOn(PGlite.prototype, 'query');
        const exec = vi.spyOn(PGlite.prototype, 'exec');
        const result = await sb.send(conv.id, 'INV-2043 please');
        const calls = [query.mock, exec.mock].flatMap((mock) =>
          mock.calls.map((call, i) => ({ text: String(call[0]), order: mock.invocationCallOrder[i] })),
        );
        const statements = calls
          .sort((a, b) => a.order - b.order)
          .map((call) => call.text)
          // Side data: a trace batch of its own is left out; traces riding on the commit are part of it.
          .filter((text) => !/^select switchboard_record_trace/.test(text.trim()));
        query.mockRestore();
        exec.mockRestore();

        expect(result.agent).toBe('Billing');
        expect(result.reply).toBe('Refund on its way.');
        // The handoff log comes with the load (the cap counts a handback and its routing on as one
        // reroute, rerouteCount.ts, which the last handoff alone cannot tell): load, then commit.
        expect(statements).toHaveLength(2);
        expect(statements[0]).toMatch(/^execute switchboard_load_turn\(/);
        expect(PREPARE_LOAD).toContain('"loadedItems"');
        expect(PREPARE_LOAD).toContain('"handoffLog"');
        expect(statements[1]).toContain('switchboard_commit_turn');
        // The turn saw its history: the second Billing answer, after the handoff of turn 1.
        expect((await store.getItems(conv.id)).length).toBeGreaterThan(4);
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );
});
