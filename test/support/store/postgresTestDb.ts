import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL =
  process.env.SWITCHBOARD_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why the test server cannot be used, or null when it answers. */
export async function probePostgres(url = TEST_DATABASE_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Probes the server once per test file. Unreachable: locally the file's suite is skipped with a
 * warning; under CI (`CI` set) it runs and fails, so a missing database can never pass silently.
 */
export async function postgresAvailability(file: string): Promise<{ skip: boolean; reason: string | null }> {
  const reason = await probePostgres();
  if (reason !== null && !process.env.CI) {
    console.warn(
      `[${file}] skipping PostgreSQL tests: ${TEST_DATABASE_URL} is unreachable (${reason}). ` +
        'Start PostgreSQL or set SWITCHBOARD_TEST_DATABASE_URL.',
    );
  }
  return { skip: reason !== null && !process.env.CI, reason };
}

/** A schema name no other test run uses. */
export function uniqueSchema(prefix = 'sb_test'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}

/** Creates `schema`; returns a connection config whose connections work in it (libpq `options`). */
export async function createSchema(
  schema: string,
  url = TEST_DATABASE_URL,
): Promise<{ connectionString: string; options: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema "${schema}"`);
  } finally {
    await client.end();
  }
  return { connectionString: url, options: `-c search_path=${schema}` };
}

export async function dropSchema(schema: string, url = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
