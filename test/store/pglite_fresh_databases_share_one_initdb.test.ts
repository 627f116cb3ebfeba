import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPGlite } from '../../src/store/pgliteCluster.ts';

/*
 * Fresh PGlite databases after the first start from a copy of one pristine cluster instead of each
 * running initdb (src/store/pgliteCluster.ts). Each copy must still be a database of its own, empty,
 * in memory or on disk, and the cluster kept under SWITCHBOARD_CACHE_DIR must be used by a process.
 */
const work = mkdtempSync(join(tmpdir(), 'sb-pglite-cluster-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fresh PGlite databases', () => {
  it('are empty and independent, in memory and in a data directory, however they were started', async () => {
    const dbs = [await openPGlite(), await openPGlite(), await openPGlite(join(work, 'data'))];
    try {
      for (const [i, db] of dbs.entries()) {
        const tables = await db.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
        expect(tables.rows).toEqual([{ n: 0 }]);
        await db.exec(`create table mine (n int); insert into mine values (${i})`);
      }
      for (const [i, db] of dbs.entries())
        expect((await db.query('select n from mine')).rows).toEqual([{ n: i }]);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
    // The data directory holds a real cluster that reopens with its table.
    expect(existsSync(join(work, 'data', 'PG_VERSION'))).toBe(true);
    const reopened = await openPGlite(join(work, 'data'));
    expect((await reopened.query('select n from mine')).rows).toEqual([{ n: 2 }]);
    await reopened.close();
  }, 120_000);

  it('keeps the pristine cluster in SWITCHBOARD_CACHE_DIR for the processes that follow, with none of our files in it', () => {
    const cache = join(work, 'cache');
    const src = (file: string) =>
      JSON.stringify(new URL(`../../src/store/${file}`, import.meta.url).pathname);
    // A store on a new data directory first (its lock writes owner records there), then an in-memory one.
    const script = `import { openPGlite } from ${src('pgliteCluster.ts')};
      import { openStore } from ${src('openStore.ts')};
      const store = await openStore({ dataDir: ${JSON.stringify(join(work, 'locked'))}, databaseUrl: '' });
      await store.close();
      const db = await openPGlite(); await db.close();`;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, SWITCHBOARD_CACHE_DIR: cache },
      timeout: 120_000,
    });
    const kept = readdirSync(cache).filter((f) => /^pglite-.+\.tar$/.test(f));
    expect(kept).toHaveLength(1);
    const tar = readFileSync(join(cache, kept[0]));
    expect(tar.includes('PG_VERSION')).toBe(true);
    expect(tar.includes('switchboard.')).toBe(false);
  }, 120_000);
});
