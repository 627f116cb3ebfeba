import pg from 'pg';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import { sqlLiteral } from '../../src/store/sqlHelpers.ts';
import { turnCommitOf } from '../../src/store/types.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

/*
 * Issue #20, CPU per turn: on PostgreSQL the turn's lock, load and commit (with the traces riding on it)
 * are sent as literals on the lock connection. They were built with node-postgres' `escapeLiteral`, a
 * loop of one-character string appends: ~35 µs for 2 KB of JSON against ~3.5 µs for sqlLiteral's native
 * replaces, and a commit carries the turn's items and the riders' spans. The literal must stay the
 * same string, byte for byte.
 */

const AWKWARD = [
  "it's",
  "''",
  'back\\slash',
  "\\'; drop table items; --",
  "E'x'",
  'ünï©ødé 🚀',
  'a\nb\tc',
  '',
];

describe('sqlLiteral on the lock connection', () => {
  it('is the literal node-postgres would have built, for awkward and random strings', () => {
    const alphabet = ["'", '\\', 'a', ' ', 'E', '\n', '"', 'é', '🚀', '$'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const strings = [...AWKWARD];
    for (let i = 0; i < 500; i++)
      strings.push(
        Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * 10)]).join(''),
      );
    for (const s of strings) expect(sqlLiteral(s)).toBe(pg.escapeLiteral(s));
  });

  const schemas: string[] = [];
  afterAll(async () => {
    for (const name of schemas) await dropSchema(name);
  });
  afterEach(() => vi.restoreAllMocks());

  it('builds the lock, load and commit of a turn without escapeLiteral, and the texts arrive unchanged', async (ctx) => {
    const availability = await postgresAvailability('lock_connection_literals_built_natively.test.ts');
    if (availability.skip) ctx.skip();
    const searchPath = uniqueSchema();
    schemas.push(searchPath);
    const store = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath, lockConnections: 1 });
    try {
      await store.migrate();
      const escapes = vi.spyOn(pg.Client.prototype, 'escapeLiteral');
      const { id } = await store.createConversation({
        id: "o'brien\\2",
        graph: 'g',
        activeAgent: 'a',
        context: {},
      });
      for (const [i, text] of AWKWARD.entries()) {
        const release = await store.lockConversation!(id);
        try {
          const load = await store.loadTurn!(id);
          const committed = await store.commitTurn(
            turnCommitOf(load!.record, i + 1, {
              items: [{ agent: 'a', item: { role: 'user', content: text } as any }],
              context: { said: text },
            }),
          );
          expect(committed.context).toEqual({ said: text });
        } finally {
          await release?.();
        }
      }
      // Before: one call for the lock and load, one per commit parameter.
      expect(escapes).not.toHaveBeenCalled();
      const load = await store.loadTurn!(id);
      expect(load!.items.map((s) => (s.item as any).content)).toEqual(AWKWARD);
    } finally {
      await store.close();
    }
  });
});
