import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import { rewriteSqlStoredVersion } from '../../testing/store/conformance/storedJson.ts';
import { describeStoreConformance } from '../../testing/store/storeConformance.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

const availability = await postgresAvailability('postgres.store.test.ts');

describe.skipIf(availability.skip)('PostgreSQL store', () => {
  it('reaches the test server', () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
  });

  // Every store of this file lives in its own schema, dropped afterwards.
  const schemas: string[] = [];
  const openInSchema = async (schema: string) => {
    const store = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema });
    await store.migrate();
    return store;
  };
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });

  const schema = uniqueSchema();
  schemas.push(schema);
  describeStoreConformance('PostgreSQL', () => openInSchema(schema), {
    rewriteStoredVersion: rewriteSqlStoredVersion,
    durable: async () => {
      const own = uniqueSchema();
      schemas.push(own);
      return { open: () => openInSchema(own), dispose: async () => {} };
    },
  });
});
