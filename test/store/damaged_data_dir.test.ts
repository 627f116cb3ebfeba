import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DamagedDataDirError } from '../../src/store/damagedDataDir.ts';
import { openStore } from '../../src/store/openStore.ts';
import { captureError } from '../../testing/store/conformance/fixtures.ts';
import { snapshotTree } from '../support/store/dataDirSnapshot.ts';

/*
 * A directory PGlite can no longer open ("PGlite failed to initialize properly", a WASM abort) gets
 * an error saying what happened and how to recover, and stays byte for byte as it was: no lock left
 * behind, nothing deleted, and no fresh empty database initialized over the remains.
 */
const root = mkdtempSync(join(tmpdir(), 'sb-damaged-'));
const healthy = join(root, 'healthy');
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  const store = await openStore({ dataDir: healthy, databaseUrl: '' });
  await store.createConversation({ graph: 'g', activeAgent: 'a', context: {} });
  await store.close();
});

/** Each damage, and whether PGlite gets to start on it (false: caught by looking at the files). */
const damages: Record<string, [(dir: string) => void, boolean]> = {
  'pg_control truncated (a WASM abort)': [
    (dir) => truncateSync(join(dir, 'global', 'pg_control'), 10),
    false,
  ],
  'base/ removed (PGlite failed to initialize properly, after rewriting pg_control and the WAL)': [
    (dir) => rmSync(join(dir, 'base'), { recursive: true }),
    false,
  ],
  'PG_VERSION removed (PGlite would initialize an empty database over it)': [
    (dir) => rmSync(join(dir, 'PG_VERSION')),
    false,
  ],
  'WAL overwritten (a WASM abort on start)': [
    (dir) => {
      for (const name of readdirSync(join(dir, 'pg_wal')))
        if (/^[0-9A-F]{24}$/.test(name)) writeFileSync(join(dir, 'pg_wal', name), Buffer.alloc(1 << 20, 7));
    },
    true,
  ],
};

describe('a damaged embedded data directory', () => {
  for (const [name, [damage, opened]] of Object.entries(damages)) {
    it(`${name}: a clear error with recovery steps, the directory left intact`, async () => {
      const dataDir = join(root, name.split(' ').slice(0, 2).join('_').replace(/\W/g, '_'));
      cpSync(healthy, dataDir, { recursive: true });
      damage(dataDir);
      const before = snapshotTree(dataDir);

      const error = await captureError(openStore({ dataDir, databaseUrl: '' }));
      expect(error).toBeInstanceOf(DamagedDataDirError);
      const message = (error as Error).message;
      expect(message).toContain(`the embedded database in ${dataDir} is damaged and cannot be opened`);
      expect(message).toContain(
        opened
          ? 'Switchboard deleted nothing in it'
          : 'It was not opened: nothing in it was changed or deleted',
      );
      expect((error as DamagedDataDirError).opened).toBe(opened);
      expect(message).toContain(`mv ${dataDir} ${dataDir}.damaged-`);

      expect(snapshotTree(dataDir)).toEqual(before);
      expect(readdirSync(dataDir)).not.toContain('switchboard.lock');
    });
  }

  it('the healthy original still opens with its conversation', async () => {
    expect(existsSync(join(healthy, 'PG_VERSION'))).toBe(true);
    const store = await openStore({ dataDir: healthy, databaseUrl: '' });
    expect(await store.listConversations({})).toHaveLength(1);
    await store.close();
  });
});
