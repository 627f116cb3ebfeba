import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { rewriteSqlStoredVersion } from '../../testing/store/conformance/storedJson.ts';
import { describeStoreConformance } from '../../testing/store/storeConformance.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-pglite-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeStoreConformance(
  'PGlite in-memory',
  async () => {
    const store = await createPgliteStore();
    await store.migrate();
    return store;
  },
  { rewriteStoredVersion: rewriteSqlStoredVersion },
);

describeStoreConformance(
  'PGlite on disk',
  // A directory that does not exist yet: the store creates it.
  () => openStore({ dataDir: join(tempDir(), 'nested', 'data') }),
  {
    rewriteStoredVersion: rewriteSqlStoredVersion,
    durable: async () => {
      const dir = tempDir();
      return {
        open: () => openStore({ dataDir: dir }),
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
);
