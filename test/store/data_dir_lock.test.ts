import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DataDirBusyError,
  LOCK_NAME,
  OWNER_PREFIX,
  readDataDirOwner,
  STALE_MS,
} from '../../src/store/dataDirLock.ts';
import { openStore } from '../../src/store/openStore.ts';
import { captureError } from '../../testing/store/conformance/fixtures.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const open = (dataDir: string) => openStore({ dataDir, databaseUrl: '' });

describe('one writer per embedded data directory', () => {
  it('refuses a second open while the first holds it, naming the holder; frees it on close', async () => {
    const dataDir = tempDir();
    const first = await open(dataDir);
    try {
      const error = await captureError(open(dataDir));
      expect(error).toBeInstanceOf(DataDirBusyError);
      expect((error as DataDirBusyError).owner).toMatchObject({ pid: process.pid, hostname: hostname() });
      expect((error as Error).message).toContain(`holds the embedded database ${dataDir}`);
    } finally {
      await first.close();
    }
    expect(ownerFiles(dataDir)).toEqual([]);
    expect(readDataDirOwner(dataDir)).toBeNull();
    const second = await open(dataDir);
    await second.close();
  });

  /** What a process leaves in the directory: its lock (refreshed `ageMs` ago) and its record. */
  const leaveLock = (dataDir: string, ageMs: number, record?: { pid: number; command: string }) => {
    mkdirSync(join(dataDir, LOCK_NAME));
    const at = new Date(Date.now() - ageMs);
    utimesSync(join(dataDir, LOCK_NAME), at, at);
    if (record)
      writeFileSync(
        join(dataDir, `${OWNER_PREFIX}${record.pid}-test.json`),
        JSON.stringify({ ...record, hostname: hostname(), startedAt: at, url: null, holding: true }),
      );
  };
  const ownerFiles = (dataDir: string) => readdirSync(dataDir).filter((f) => f.startsWith(OWNER_PREFIX));

  it('takes over the lock of a killed holder within seconds, and drops its record', async () => {
    const dataDir = tempDir();
    await (await open(dataDir)).close();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    leaveLock(dataDir, 1_000, { pid: gone, command: 'serve' });
    const started = Date.now();
    const store = await open(dataDir);
    expect(Date.now() - started).toBeLessThan(STALE_MS);
    expect(readDataDirOwner(dataDir)).toMatchObject({ pid: process.pid, holding: true });
    expect(ownerFiles(dataDir)).toHaveLength(1);
    await store.close();
    expect(ownerFiles(dataDir)).toEqual([]);
  });

  it('never takes the lock of a live holder, even one its stalled event loop has not refreshed', async () => {
    // PGlite's first start can block the holder's event loop for longer than STALE_MS (seen: 14 s).
    const dataDir = tempDir();
    leaveLock(dataDir, STALE_MS + 5_000, { pid: process.ppid, command: 'chat' });
    const error = await captureError(open(dataDir));
    expect(error).toBeInstanceOf(DataDirBusyError);
    expect((error as Error).message).toContain(`pid ${process.ppid}, chat`);
    expect(ownerFiles(dataDir)).toEqual([`${OWNER_PREFIX}${process.ppid}-test.json`]);
  });

  it('takes a lock nobody recorded only once it is stale', async () => {
    const dataDir = tempDir();
    leaveLock(dataDir, STALE_MS + 1_000);
    const store = await open(dataDir);
    await store.close();
  });
});
