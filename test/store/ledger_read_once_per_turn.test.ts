import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it, vi } from 'vitest';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;

describe('the ledger read of a turn', () => {
  it(
    'runs once although the turn both catches it early and awaits it later',
    async () => {
      const store = await createPgliteStore();
      try {
        await store.migrate();
        const conversation = await store.createConversation({ graph: 'g', activeAgent: 'a', context: {} });
        const query = vi.spyOn(PGlite.prototype, 'query');
        // What runTurn does: start the read alongside the history, guard it, await it before the commit.
        const earlierAttempts = store.listToolCalls(conversation.id, 1);
        earlierAttempts.catch(() => {});
        expect(await earlierAttempts).toEqual([]);
        const ledgerReads = query.mock.calls.filter((call) => String(call[0]).includes('"tool_calls"'));
        query.mockRestore();
        expect(ledgerReads).toHaveLength(1);
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );
});
