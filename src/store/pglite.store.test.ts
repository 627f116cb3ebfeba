import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from './openStore.ts';
import { createPgliteStore } from './pgliteStore.ts';
import { describeStoreConformance } from './storeConformance.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-pglite-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeStoreConformance('PGlite in-memory', async () => {
  const store = await createPgliteStore();
  await store.migrate();
  return store;
});

describeStoreConformance(
  'PGlite on disk',
  // A directory that does not exist yet: the store creates it.
  () => openStore({ dataDir: join(tempDir(), 'nested', 'data') }),
  {
    durable: async () => {
      const dir = tempDir();
      return {
        open: () => openStore({ dataDir: dir }),
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
);
