import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import { captureError } from '../../testing/store/conformance/fixtures.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

const availability = await postgresAvailability('postgresStore.test.ts');

describe.skipIf(availability.skip)('PostgreSQL search paths and URLs', () => {
  const schemas: string[] = [];
  const schema = () => {
    const name = uniqueSchema();
    schemas.push(name);
    return name;
  };
  afterAll(async () => {
    for (const name of schemas) await dropSchema(name);
  });

  it('creates each search-path schema and keeps their data apart', async () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
    const [a, b] = [schema(), schema()];
    const storeA = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: a });
    const storeB = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: b });
    try {
      await Promise.all([storeA.migrate(), storeB.migrate()]);
      const conv = await storeA.createConversation({ graph: 'g', activeAgent: 'a', context: {} });
      expect(await storeB.getConversation(conv.id)).toBeNull();
      expect(await storeB.listConversations()).toEqual([]);
      expect((await storeA.listConversations()).map((c) => c.id)).toEqual([conv.id]);
    } finally {
      await Promise.all([storeA.close(), storeB.close()]);
    }
  });

  it('refuses a search path that is not a plain schema name', async () => {
    const error = await captureError(
      createPostgresStore({ url: TEST_DATABASE_URL, searchPath: 'x; drop table y' }),
    );
    expect((error as Error).message).toMatch(/plain schema name/);
  });

  it('opens and migrates through openStore with a database URL', async () => {
    const name = schema();
    // Create the schema first: a URL's own search_path option does not create it.
    await (await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: name })).close();
    const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${name}`)}`;
    const store = await openStore({ databaseUrl: url });
    try {
      expect(store.kind).toBe('postgres');
      const conv = await store.createConversation({ graph: 'g', activeAgent: 'a', context: { ok: true } });
      expect((await store.getConversation(conv.id))?.context).toEqual({ ok: true });
    } finally {
      await store.close();
    }
  });
});
