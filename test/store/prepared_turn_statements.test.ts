import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresSizes } from '../../src/store/openStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import { sqlLiteral } from '../../src/store/sqlHelpers.ts';
import { type ConversationStore, turnCommitOf } from '../../src/store/types.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

/*
 * The turn's load and commit (PGlite, and PostgreSQL's lock connections) run
 * as prepared statements reached with `execute name(<literals>)`: whatever a user typed has to arrive
 * unchanged through those literals.
 */

const PGLITE_TIMEOUT_MS = 120_000;
const AWKWARD = [
  "it's",
  "''",
  'back\\slash',
  "\\'; drop table items; --",
  "E'x'",
  'ünï©ødé 🚀',
  '$1 $$ $fn$',
  'line\nbreak\ttab',
];

/** One turn through the lock (PostgreSQL) or plainly (PGlite), as `Switchboard.send` runs it. */
async function turnWith(store: ConversationStore, id: string, turn: number, text: string) {
  const release = (await store.lockConversation?.(id)) ?? null;
  try {
    const load = await store.loadTurn!(id);
    return await store.commitTurn(
      turnCommitOf(load!.record, turn, {
        items: [{ agent: 'a', item: { role: 'user', content: text } as any }],
        context: { said: text },
      }),
    );
  } finally {
    await release?.();
  }
}

async function roundTrips(store: ConversationStore) {
  await store.migrate();
  const conversation = await store.createConversation({
    id: "conv-o'brien\\1",
    graph: 'g',
    activeAgent: 'a',
    context: {},
  });
  for (const [i, text] of AWKWARD.entries()) {
    const committed = await turnWith(store, conversation.id, i + 1, text);
    expect(committed.context).toEqual({ said: text });
  }
  const load = await store.loadTurn!(conversation.id);
  expect(load!.items.map((s) => (s.item as any).content)).toEqual(AWKWARD);
  expect(load!.record.turnCount).toBe(AWKWARD.length);
  expect(await store.loadTurn!('no such conversation')).toBeNull();
}

describe('sqlLiteral', () => {
  it(
    'reads back as the same string in PostgreSQL',
    async () => {
      const db = new PGlite();
      try {
        for (const text of AWKWARD) {
          const [result] = await db.exec(`select ${sqlLiteral(text)} as v`);
          expect(result.rows[0]).toEqual({ v: text });
        }
      } finally {
        await db.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );
});

describe('prepared turn statements', () => {
  it(
    'PGlite: the prepared commit and load carry awkward texts',
    async () => {
      const store = await createPgliteStore();
      try {
        await roundTrips(store);
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );

  const schemas: string[] = [];
  afterAll(async () => {
    for (const name of schemas) await dropSchema(name);
  });

  it('PostgreSQL: the prepared commit and load on the lock connection carry awkward texts', async (ctx) => {
    const availability = await postgresAvailability('prepared_turn_statements.test.ts');
    if (availability.skip) ctx.skip();
    const searchPath = uniqueSchema();
    schemas.push(searchPath);
    const store = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath, lockConnections: 1 });
    try {
      await roundTrips(store);
    } finally {
      await store.close();
    }
  });
});

describe('postgresSizes', () => {
  it('reads the pool and lock connection counts, and refuses what is not a count', () => {
    expect(postgresSizes({})).toEqual({});
    expect(postgresSizes({ SWITCHBOARD_PG_POOL: '20', SWITCHBOARD_PG_LOCK_CONNECTIONS: '8' })).toEqual({
      max: 20,
      lockConnections: 8,
    });
    expect(() => postgresSizes({ SWITCHBOARD_PG_POOL: '0' })).toThrow(/SWITCHBOARD_PG_POOL/);
    expect(() => postgresSizes({ SWITCHBOARD_PG_LOCK_CONNECTIONS: 'many' })).toThrow(/LOCK_CONNECTIONS/);
  });
});
