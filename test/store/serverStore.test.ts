import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import { describeServerStoreConformance } from '../../testing/store/serverStoreConformance.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

describeServerStoreConformance('memory', async () => createMemoryStore());

describeServerStoreConformance('PGlite', async () => {
  const store = await createPgliteStore();
  await store.migrate();
  return store;
});

const availability = await postgresAvailability('serverStore.test.ts');

describe.skipIf(availability.skip)('PostgreSQL', () => {
  const schema = uniqueSchema('sb_server');
  afterAll(() => dropSchema(schema));

  it('reaches the test server', () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
  });

  describeServerStoreConformance('PostgreSQL', async () => {
    const store = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema });
    await store.migrate();
    return store;
  });
});
