import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/store/migrations.ts';
import { openPGlite } from '../../src/store/pgliteCluster.ts';
import { rowsOf } from '../../src/store/sqlHelpers.ts';
import { runToolOnceSql } from '../../src/store/toolCallLedger.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

type Database = { db: PgDatabase<any, any>; exec(statements: string): Promise<void>; close(): Promise<void> };

const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropSchema(schema);
});
const postgres = await postgresAvailability('ledger_key_migration.test.ts');

const databases: [string, () => Promise<Database>, boolean][] = [
  [
    'PGlite',
    async () => {
      const client = await openPGlite();
      return {
        db: drizzlePglite({ client }),
        exec: async (s) => void (await client.exec(s)),
        close: () => client.close(),
      };
    },
    false,
  ],
  [
    'PostgreSQL',
    async () => {
      const schema = uniqueSchema();
      schemas.push(schema);
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`create schema "${schema}"; set search_path to "${schema}"`);
      return {
        db: drizzlePg({ client }),
        exec: async (s) => void (await client.query(s)),
        close: () => client.end(),
      };
    },
    postgres.skip,
  ],
];

/*
 * Migration 4 re-keys the tool ledger from (conversation, call id) to (conversation, turn, tool,
 * arguments, occurrence). Rows written before it get their turn from the committed tool.call event,
 * or, when the turn never committed, the turn its retry will have: so a retry after the upgrade still
 * replays the effect instead of running it again.
 */
describe.each(databases)('ledger key migration (4) on data written before it (%s)', (_name, open, skip) => {
  it.skipIf(skip)(
    'backfills turn, argument hash and occurrence so old records replay to the right retry',
    async () => {
      const { db, exec, close } = await open();
      try {
        await exec(
          'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz DEFAULT now() NOT NULL)',
        );
        for (const m of MIGRATIONS.filter((m) => m.version < 4)) {
          for (const statement of m.statements) await exec(statement);
          await exec(`insert into schema_migrations (version, name) values (${m.version}, '${m.name}')`);
        }
        // Turn 1 committed with two identical refunds; turn 2 ran a refund and died before committing.
        await exec(`
        insert into conversations (id, graph, active_agent, status, context, turn_count, version)
          values ('c', 'support', 'Billing', 'active', '{}', 1, 1);
        insert into events (conversation_id, seq, turn, type, data) values
          ('c', 1, 1, 'tool.call', '{"callId":"call_t1_1","tool":"issue_refund"}'),
          ('c', 2, 1, 'tool.call', '{"callId":"call_t1_2","tool":"issue_refund"}');
        insert into tool_calls (conversation_id, call_id, tool, agent, arguments, result, status, created_at) values
          ('c', 'call_t1_1', 'issue_refund', 'Billing', '{"invoiceId":"INV-1","amount":5}', '{"value":"a","state":{}}', 'completed', now() - interval '2 minutes'),
          ('c', 'call_t1_2', 'issue_refund', 'Billing', '{"amount":5,"invoiceId":"INV-1"}', '{"value":"b","state":{}}', 'completed', now() - interval '1 minute'),
          ('c', 'call_t2_1', 'issue_refund', 'Billing', '{"invoiceId":"INV-2","amount":7}', '{"value":"c","state":{}}', 'completed', now());
      `);
        await migrate(db);
        const rows = rowsOf<{ call_id: string; turn: number; occurrence: number }>(
          await db.execute(sql`select call_id, turn, occurrence from tool_calls order by call_id`),
        );
        expect(rows).toEqual([
          { call_id: 'call_t1_1', turn: 1, occurrence: 1 },
          { call_id: 'call_t1_2', turn: 1, occurrence: 2 },
          { call_id: 'call_t2_1', turn: 2, occurrence: 1 },
        ]);
        // The retry of turn 2 (any call id, any key order) replays the effect recorded before the upgrade.
        const retry = await runToolOnceSql(
          db,
          {
            conversationId: 'c',
            turn: 2,
            occurrence: 1,
            callId: 'call_new',
            tool: 'issue_refund',
            agent: 'Billing',
            arguments: { amount: 7, invoiceId: 'INV-2' },
          },
          async () => 'must not run',
        );
        expect(retry).toEqual({ result: { value: 'c', state: {} }, replayed: true, callId: 'call_t2_1' });
      } finally {
        await close();
      }
    },
  );
});
