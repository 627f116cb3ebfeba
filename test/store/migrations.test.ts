import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, pendingMigrations } from '../../src/store/migrations.ts';
import { openPGlite } from '../../src/store/pgliteCluster.ts';
import * as schema from '../../src/store/schema.ts';
import { rowsOf } from '../../src/store/sqlHelpers.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

/** Everything about the tables that matters to queries, as PostgreSQL itself reports it. */
async function describeTables(client: PGlite) {
  const rows = async (query: string) => (await client.query(query)).rows;
  return {
    columns:
      await rows(`select table_name, column_name, ordinal_position, data_type, is_nullable, column_default
      from information_schema.columns where table_schema = current_schema() order by 1, 3`),
    constraints:
      await rows(`select conrelid::regclass::text as table_name, conname, pg_get_constraintdef(oid) as def
      from pg_constraint where connamespace = current_schema()::regnamespace order by 1, 2`),
    indexes: await rows(`select tablename, indexname, indexdef
      from pg_indexes where schemaname = current_schema() order by 1, 2`),
  };
}

describe('migrations on PGlite', () => {
  it('produce exactly the tables, columns, keys and indexes schema.ts declares', async () => {
    const { generateDrizzleJson, generateMigration } = await import('drizzle-kit/api');
    // drizzle-kit's own DDL for schema.ts, applied to one database; our migrations to another.
    const declaredDdl = await generateMigration(generateDrizzleJson({}), generateDrizzleJson({ ...schema }));
    const declared = await openPGlite();
    const migrated = await openPGlite();
    try {
      for (const statement of declaredDdl) await declared.exec(statement);
      await migrate(drizzlePglite({ client: migrated }));
      const [want, got] = await Promise.all([describeTables(declared), describeTables(migrated)]);
      expect(want.columns.length).toBeGreaterThan(40);
      expect(got).toEqual(want);
    } finally {
      await Promise.all([declared.close(), migrated.close()]);
    }
  });

  it('records every version once and has nothing pending afterwards', async () => {
    const client = await openPGlite();
    try {
      const db = drizzlePglite({ client });
      expect((await pendingMigrations(db)).map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
      await migrate(db);
      await migrate(db);
      expect(await pendingMigrations(db)).toEqual([]);
      const applied = await db.select().from(schema.schemaMigrations);
      expect(applied.map((m) => [m.version, m.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
      expect(applied.at(-1)?.version).toBe(LATEST_SCHEMA_VERSION);
      expect(applied[0].appliedAt).toBeInstanceOf(Date);
    } finally {
      await client.close();
    }
  });

  it('keep versions strictly increasing', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

const availability = await postgresAvailability('migrations.test.ts');

describe.skipIf(availability.skip)('migrations on PostgreSQL', () => {
  const schemaName = uniqueSchema('sb_migrate');
  afterAll(() => dropSchema(schemaName));

  it('are applied once when two processes migrate at the same moment', async () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema "${schemaName}"`);
    await admin.end();
    // Two pools stand in for two processes starting at once against an empty schema.
    const pools = [0, 1].map(
      () => new pg.Pool({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schemaName}` }),
    );
    try {
      const dbs = pools.map((pool) => drizzlePg({ client: pool }));
      await Promise.all(dbs.map((db) => migrate(db)));
      const applied = rowsOf<{ version: number }>(
        await dbs[0].execute(sql`select version from schema_migrations order by version`),
      );
      expect(applied.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await pendingMigrations(dbs[1])).toEqual([]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });
});
