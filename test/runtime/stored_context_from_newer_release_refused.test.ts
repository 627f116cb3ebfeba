import { assistantMessage } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { StoredSchemaVersionError } from '../../src/store/storedJson.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';
import { rewriteSqlStoredVersion } from '../../testing/store/conformance/storedJson.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;

/*
 * A database shared with a newer Switchboard (a rolling upgrade rolled back, or a downgrade): the
 * newer release stored a conversation's context in a schema version this one does not know. The
 * turn is refused with an error that says so, before any model runs and without writing anything.
 */
describe('a conversation whose context a newer release stored', () => {
  it(
    'is refused with a clear error instead of being misread or overwritten',
    async () => {
      const store = await createPgliteStore();
      try {
        await store.migrate();
        const { factory, models } = scriptedModels({
          Triage: [[assistantMessage('Hello, how can I help?')], [assistantMessage('never said')]],
        });
        const sb = await Switchboard.create({ graph: exampleGraph(), store, models: factory });
        const conv = await sb.createConversation();
        expect((await sb.send(conv.id, 'hi')).reply).toBe('Hello, how can I help?');
        const itemsBefore = await store.getItems(conv.id);

        await rewriteSqlStoredVersion(store, conv.id, 'context', 2);
        const refused = sb.send(conv.id, 'what about my invoice?');
        await expect(refused).rejects.toBeInstanceOf(StoredSchemaVersionError);
        await expect(refused).rejects.toThrow(
          `conversation ${conv.id}: context was stored with schema version 2, but this Switchboard ` +
            'reads versions 1 to 1; upgrade Switchboard to read it',
        );
        expect(models.Triage.calls).toHaveLength(1);
        expect(await store.getItems(conv.id)).toEqual(itemsBefore);

        // Rolled forward again (the version is one this release reads): the conversation goes on.
        await rewriteSqlStoredVersion(store, conv.id, 'context', 1);
        expect((await sb.send(conv.id, 'what about my invoice?')).reply).toBe('never said');
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );
});
