import { drizzle } from 'drizzle-orm/pglite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/store/migrations.ts';
import { openPGlite } from '../../src/store/pgliteCluster.ts';
import { createSqlStore } from '../../src/store/sqlStore.ts';
import {
  readStoredJson,
  type StoredJsonSchema,
  StoredSchemaVersionError,
} from '../../src/store/storedJson.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;

describe('stored JSON written before schema versions were recorded (migration 7)', () => {
  it(
    'reads as version 1: context, event data and a replayed tool result load unchanged',
    async () => {
      const client = await openPGlite();
      try {
        await client.exec(
          'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz DEFAULT now() NOT NULL)',
        );
        for (const m of MIGRATIONS.filter((m) => m.version < 7)) {
          for (const statement of m.statements) await client.exec(statement);
          await client.exec(
            `insert into schema_migrations (version, name) values (${m.version}, '${m.name}')`,
          );
        }
        await client.exec(`
          insert into conversations (id, graph, active_agent, status, context, turn_count, version)
            values ('old', 'support', 'Billing', 'active', '{"plan":"gold"}', 1, 1);
          insert into events (conversation_id, seq, turn, type, data)
            values ('old', 1, 1, 'note', '{"a":1}');
          insert into tool_calls (conversation_id, call_id, tool, agent, arguments, result, status, turn, args_hash, occurrence)
            values ('old', 'c1', 'refund', 'Billing', '{}', '{"refunded":5}', 'completed', 2, md5('{}'::jsonb::text), 1);
        `);
        const db = drizzle({ client });
        await migrate(db);
        const store = createSqlStore(db, { kind: 'pglite', close: async () => {} });

        expect((await store.getConversation('old'))?.context).toEqual({ plan: 'gold' });
        expect((await store.listEvents('old')).map((e) => e.data)).toEqual([{ a: 1 }]);
        const replay = await store.runToolOnce(
          { conversationId: 'old', turn: 2, callId: 'c9', tool: 'refund', agent: 'Billing', arguments: {} },
          async () => 'must not run',
        );
        expect(replay).toEqual({ result: { refunded: 5 }, replayed: true, callId: 'c1' });
        // The next commit records the version it writes in.
        const record = (await store.getConversation('old'))!;
        await store.commitTurn({
          conversationId: 'old',
          expectedVersion: record.version,
          turn: 2,
          items: [],
          handoffs: [],
          events: [{ turn: 2, type: 'note', data: { b: 2 } }],
          activeAgent: 'Billing',
          status: 'active',
          context: { plan: 'gold', step: 2 },
          toolCallsAdded: 0,
        });
        const versions = await client.query(
          `select (select context_version from conversations where id = 'old') as context,
            (select array_agg(data_version order by seq) from events where conversation_id = 'old') as events`,
        );
        expect(versions.rows).toEqual([{ context: 1, events: [1, 1] }]);
      } finally {
        await client.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );
});

describe('reading stored JSON across schema versions', () => {
  // A release at context version 3: version 1 kept the plan as a string, version 2 as { name }.
  const schema: StoredJsonSchema = {
    versions: { context: 3, eventData: 1, toolResult: 1 },
    upgrades: {
      context: {
        1: (v) => ({ ...(v as object), plan: { name: (v as { plan: string }).plan } }),
        2: (v) => ({ ...(v as object), upgradedTo3: true }),
      },
      eventData: {},
      toolResult: {},
    },
  };

  it('upgrades an older version step by step to the current shape', () => {
    expect(readStoredJson('context', 1, { plan: 'gold' }, 'conversation c', schema)).toEqual({
      plan: { name: 'gold' },
      upgradedTo3: true,
    });
    expect(readStoredJson('context', 3, { plan: { name: 'gold' } }, 'conversation c', schema)).toEqual({
      plan: { name: 'gold' },
    });
  });

  it('refuses a version it does not know: newer, zero, fractional, or one with no upgrade path', () => {
    const gap: StoredJsonSchema = { ...schema, upgrades: { ...schema.upgrades, context: {} } };
    for (const [version, s] of [
      [4, schema],
      [0, schema],
      [1.5, schema],
      [2, gap],
    ] as const) {
      expect(() => readStoredJson('context', version, {}, 'conversation c', s)).toThrow(
        StoredSchemaVersionError,
      );
    }
    expect(() => readStoredJson('toolResult', 2, 'x', 'tool call c1 of c')).toThrow(
      'tool call c1 of c: tool call result was stored with schema version 2, but this Switchboard reads ' +
        'versions 1 to 1; upgrade Switchboard to read it',
    );
  });
});
