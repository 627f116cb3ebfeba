import { assistantMessage } from '@openai/agents-core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ConversationBusyError, Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

/*
 * Issue #17.9: `POST /end` set the status while a turn was running, and the turn's commit then wrote
 * `active` back. The turn here is held just before its commit, with /end arriving in between.
 */

/** The store with every turn commit held until `release()`; `reached` resolves when one is waiting. */
function holdCommits(store: ConversationStore) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached!: () => void;
  const waiting = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const held = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'commitTurn')
        return async (commit: Parameters<ConversationStore['commitTurn']>[0]) => {
          reached();
          await gate;
          return target.commitTurn(commit);
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { held, release, waiting };
}

const pg = await postgresAvailability('end_during_turn.test.ts');
const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropSchema(schema);
});

type Nodes = { store: ConversationStore; second: ConversationStore | null };

/** [name, stores, skip]: with `second`, /end comes from another node (its own connections and locks). */
const cases: [string, () => Promise<Nodes>, boolean][] = [
  ['memory, same node', async () => ({ store: createMemoryStore(), second: null }), false],
  [
    'postgres, another node',
    async () => {
      const schema = uniqueSchema();
      schemas.push(schema);
      const open = () => createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema });
      const store = await open();
      await store.migrate();
      return { store, second: await open() };
    },
    pg.skip,
  ],
];

describe.each(cases)('ending a conversation while a turn runs (%s)', (_name, open, skip) => {
  it.skipIf(skip)(
    'is refused as busy, never overwritten by the turn, and works once the turn is done',
    async () => {
      const { store, second } = await open();
      try {
        const { held, release, waiting } = holdCommits(store);
        const models = () => scriptedModels({ Triage: [[assistantMessage('Hello!')]] }).factory;
        const node1 = await Switchboard.create({ graph: exampleGraph(), store: held, models: models() });
        const node2 = second
          ? await Switchboard.create({ graph: exampleGraph(), store: second, models: models() })
          : node1;
        const conv = await node1.createConversation();
        const turn = node1.send(conv.id, 'hi');
        await waiting;
        const ended = node2.endConversation(conv.id).then(
          () => 'ended',
          (error) => error,
        );
        // /end lands before the turn commits: the commit is held in memory, not in a database lock, so /end
        // settles while it waits. A fixed 50 ms had been too short for node2 on a loaded two-core CI
        // machine (it ended the conversation after the commit); the bound only keeps a broken /end from
        // hanging the test.
        await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        release();
        const result = await turn;
        const outcome = await ended;
        const after = await store.getConversation(conv.id);
        if (outcome === 'ended') expect(after?.status).toBe('ended');
        expect(outcome).toBeInstanceOf(ConversationBusyError);
        expect(result.status).toBe('active');
        expect(after?.turnCount).toBe(1);

        await node2.endConversation(conv.id);
        expect((await store.getConversation(conv.id))?.status).toBe('ended');
      } finally {
        await store.close();
      }
    },
  );
});
