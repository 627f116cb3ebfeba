import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';

/*
 * One writer per embedded data directory. PGlite is PostgreSQL in one process: two processes on one
 * directory each keep their own idea of the files and silently diverge, then damage them. The lock is
 * proper-lockfile's: an atomic mkdir of `switchboard.lock` inside the directory whose mtime the holder
 * refreshes every few seconds. A killed holder stops refreshing and its lock goes stale (STALE_MS), so
 * the next process takes it over without anyone deleting files by hand; a normal exit removes it.
 * Beside it, `switchboard.owner.json` says who holds it (pid, command, the server's URL) so the CLI
 * can name the holder and talk to a running server instead of opening the files.
 */

export const LOCK_NAME = 'switchboard.lock';
export const OWNER_FILE = 'switchboard.owner.json';
/** A lock not refreshed for this long belongs to a dead process. proper-lockfile refreshes at half of it. */
export const STALE_MS = 10_000;

export type DataDirOwner = {
  pid: number;
  hostname: string;
  /** `serve`, `chat`… (what the CLI was running), or `node` for a library user. */
  command: string;
  startedAt: string;
  /** The HTTP server's URL once it listens; null for any other holder. */
  url: string | null;
};

/** The directory is held by another live process (or by this one, through another open store). */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: DataDirOwner | null,
  ) {
    super(busyMessage(dataDir, owner));
    this.name = 'DataDirBusyError';
  }
}

function busyMessage(dataDir: string, owner: DataDirOwner | null): string {
  const who = !owner
    ? 'another process'
    : owner.url
      ? `the server on ${owner.url} (pid ${owner.pid})`
      : `another switchboard process (pid ${owner.pid}, ${owner.command})`;
  return (
    `${who} holds the embedded database ${dataDir}: one process at a time may open it. ` +
    'Stop that process, or talk to the running server over its HTTP API, or share one PostgreSQL ' +
    'database between processes with DATABASE_URL'
  );
}

export type DataDirLock = {
  dataDir: string;
  /** Records the URL a server listens on, for other processes to find it. */
  advertise(url: string): void;
  release(): Promise<void>;
};

export type LockOptions = {
  /** Called if another process took the lock over while held (this one stalled past STALE_MS). */
  onLost?: (error: Error) => void;
  /** Waits at most this long for a dead holder's lock to go stale; default STALE_MS + 2s. */
  staleWaitMs?: number;
};

export function readDataDirOwner(dataDir: string): DataDirOwner | null {
  try {
    return JSON.parse(readFileSync(join(resolve(dataDir), OWNER_FILE), 'utf8')) as DataDirOwner;
  } catch {
    return null;
  }
}

/** Whether the recorded holder is a process that still runs on this machine (unknown = alive). */
function holderAlive(owner: DataDirOwner | null): boolean {
  if (!owner || owner.hostname !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `serve`, `chat`… when the CLI runs; `node` for anything else. */
function commandName(): string {
  const command = process.argv[2];
  return /cli[/\\]main\.ts$/.test(process.argv[1] ?? '') && command && !command.startsWith('-')
    ? command
    : 'node';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes the directory for this process or throws `DataDirBusyError`. When the recorded holder is a
 * dead process, waits (up to STALE_MS) for its lock to go stale and takes it over.
 */
export async function lockDataDir(dir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const dataDir = resolve(dir);
  mkdirSync(dataDir, { recursive: true });
  const lockOptions = {
    lockfilePath: join(dataDir, LOCK_NAME),
    realpath: false,
    stale: STALE_MS,
    onCompromised: (error: Error) => {
      process.stderr.write(
        `switchboard: lost the lock on ${dataDir} (${error.message}); another process may be writing it\n`,
      );
      options.onLost?.(error);
    },
  };
  const deadline = Date.now() + (options.staleWaitMs ?? STALE_MS + 2_000);
  let unlock: () => Promise<void>;
  let waiting = false;
  for (;;) {
    try {
      unlock = await lockfile.lock(dataDir, lockOptions);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const owner = readDataDirOwner(dataDir);
      if (holderAlive(owner) || Date.now() > deadline) throw new DataDirBusyError(dataDir, owner);
      if (!waiting)
        process.stderr.write(
          `switchboard: the process that held ${dataDir} (pid ${owner?.pid}) is gone; taking its lock over once it is stale (up to ${STALE_MS / 1000} s)\n`,
        );
      waiting = true;
      await sleep(500);
    }
  }
  const owner: DataDirOwner = {
    pid: process.pid,
    hostname: hostname(),
    command: commandName(),
    startedAt: new Date().toISOString(),
    url: null,
  };
  const ownerPath = join(dataDir, OWNER_FILE);
  const write = () => writeFileSync(ownerPath, `${JSON.stringify(owner, null, 2)}\n`);
  write();
  let released = false;
  return {
    dataDir,
    advertise(url) {
      if (released) return;
      owner.url = url;
      write();
    },
    async release() {
      if (released) return;
      released = true;
      rmSync(ownerPath, { force: true });
      await unlock().catch(() => {}); // already compromised: nothing of ours left to remove
    },
  };
}

const storeLocks = new WeakMap<object, DataDirLock>();

/** Ties a lock to the store that holds it, so the server can advertise its URL through the store. */
export function attachLock(store: object, lock: DataDirLock): void {
  storeLocks.set(store, lock);
}

/** A store on an embedded directory records the server's URL beside its lock; any other store: nothing. */
export function advertiseServer(store: object, url: string): void {
  storeLocks.get(store)?.advertise(url);
}
