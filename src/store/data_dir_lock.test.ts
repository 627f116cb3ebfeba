import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureError } from './conformance/fixtures.ts';
import { DataDirBusyError, LOCK_NAME, OWNER_FILE, readDataDirOwner, STALE_MS } from './dataDirLock.ts';
import { openStore } from './openStore.ts';

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
    expect(readDataDirOwner(dataDir)).toBeNull();
    const second = await open(dataDir);
    await second.close();
  });

  it('takes over the stale lock of a process that is gone', async () => {
    const dataDir = tempDir();
    await (await open(dataDir)).close();
    // What a killed holder leaves: its lock, no longer refreshed, and its owner record.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(join(dataDir, LOCK_NAME));
    const old = new Date(Date.now() - STALE_MS - 5_000);
    utimesSync(join(dataDir, LOCK_NAME), old, old);
    writeFileSync(
      join(dataDir, OWNER_FILE),
      JSON.stringify({ pid: gone, hostname: hostname(), command: 'serve', startedAt: old, url: null }),
    );
    const store = await open(dataDir);
    expect(readDataDirOwner(dataDir)?.pid).toBe(process.pid);
    await store.close();
  });

  it('never takes a fresh lock whose holder is alive', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, LOCK_NAME));
    writeFileSync(
      join(dataDir, OWNER_FILE),
      JSON.stringify({ pid: process.ppid, hostname: hostname(), command: 'chat', startedAt: '', url: null }),
    );
    const error = await captureError(open(dataDir));
    expect(error).toBeInstanceOf(DataDirBusyError);
    expect((error as Error).message).toContain(`pid ${process.ppid}, chat`);
  });
});
