import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';

/*
 * One writer per embedded data directory. PGlite is PostgreSQL in one process: two processes on one
 * directory each keep their own idea of the files and silently diverge, then damage them. The lock is
 * proper-lockfile's: an atomic mkdir of `switchboard.lock` inside the directory, whose mtime the
 * holder refreshes every STALE_MS / 2; a normal exit (even on a signal) removes it.
 *
 * Beside it, every process that tries for the directory first writes `switchboard.owner-<pid>-<id>.json`
 * (pid, command, and once it holds the lock `holding: true` and a server's URL), and removes it when
 * it gives up or releases. The CLI names the holder from it and talks to a running server instead of
 * opening the files. The records also decide staleness: a lock is never taken from a live recorded
 * process (its mtime can lag while PGlite blocks its event loop), and when every recorded process is
 * dead (killed) it is taken once it has gone 2 s without a refresh. A live holder cannot be mistaken
 * for a dead one, as its record exists before its lock does. A lock with no record at all (removed by
 * hand) falls back to proper-lockfile's own rule: stale after STALE_MS without a refresh.
 */

export const LOCK_NAME = 'switchboard.lock';
export const OWNER_PREFIX = 'switchboard.owner-';
/** A lock nobody recorded (no owner record at all) is stale after this long without a refresh. */
export const STALE_MS = 10_000;
/** proper-lockfile's smallest stale threshold: used when every recorded process is dead. */
const DEAD_HOLDER_STALE_MS = 2_000;
/** While a live process is recorded, the lock's age says nothing: a year stands for never. */
const LIVE_HOLDER_STALE_MS = 365 * 86_400_000;

export type DataDirOwner = {
  pid: number;
  hostname: string;
  /** `serve`, `chat`… (what the CLI was running), or `node` for a library user. */
  command: string;
  startedAt: string;
  /** The HTTP server's URL once it listens; null for any other holder. */
  url: string | null;
  /** false while it is still trying for the lock. */
  holding: boolean;
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

type OwnerRecord = { file: string; owner: DataDirOwner };

/** A record that cannot be read counts as a live process: never take a lock on a guess. */
const UNREADABLE: DataDirOwner = {
  pid: 0,
  hostname: '(unreadable record)',
  command: 'unknown',
  startedAt: '',
  url: null,
  holding: false,
};

function ownerRecords(dataDir: string): OwnerRecord[] {
  const records: OwnerRecord[] = [];
  for (const file of readdirSync(dataDir)) {
    if (!file.startsWith(OWNER_PREFIX) || !file.endsWith('.json')) continue;
    let owner: DataDirOwner;
    try {
      owner = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as DataDirOwner;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
      owner = UNREADABLE;
    }
    records.push({ file, owner });
  }
  return records;
}

/** The live process holding the directory (or trying for it), if any. */
export function readDataDirOwner(dataDir: string): DataDirOwner | null {
  let records: OwnerRecord[];
  try {
    records = ownerRecords(resolve(dataDir)).filter((r) => holderAlive(r.owner));
  } catch {
    return null;
  }
  return (records.find((r) => r.owner.holding) ?? records[0])?.owner ?? null;
}

/** Whether a recorded process still runs (one on another machine counts as running). */
function holderAlive(owner: DataDirOwner): boolean {
  if (owner.hostname !== hostname()) return true;
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
 * Takes the directory for this process or throws `DataDirBusyError`. A lock whose recorded processes
 * are all dead is taken over (after up to 2 s); one with no record at all, after STALE_MS.
 */
export async function lockDataDir(dir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const dataDir = resolve(dir);
  mkdirSync(dataDir, { recursive: true });
  const owner: DataDirOwner = {
    pid: process.pid,
    hostname: hostname(),
    command: commandName(),
    startedAt: new Date().toISOString(),
    url: null,
    holding: false,
  };
  const ownFile = `${OWNER_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}.json`;
  // Written aside and renamed: a reader never sees a half-written record.
  const write = () => {
    const temp = join(dataDir, `.${ownFile}.tmp`);
    writeFileSync(temp, `${JSON.stringify(owner, null, 2)}\n`);
    renameSync(temp, join(dataDir, ownFile));
  };
  write();
  const lockOptions = {
    lockfilePath: join(dataDir, LOCK_NAME),
    realpath: false,
    update: STALE_MS / 2,
    onCompromised: (error: Error) => {
      process.stderr.write(
        `switchboard: lost the lock on ${dataDir} (${error.message}); another process may be writing it\n`,
      );
      options.onLost?.(error);
    },
  };
  const deadline = Date.now() + (options.staleWaitMs ?? STALE_MS + 2_000);
  let unlock: () => Promise<void>;
  // A lock with a live recorded holder is never stale, however old its mtime: PGlite's first start
  // can block the holder's event loop (and so its refreshes) for longer than STALE_MS.
  let stale = LIVE_HOLDER_STALE_MS;
  for (;;) {
    try {
      unlock = await lockfile.lock(dataDir, { ...lockOptions, stale });
      break;
    } catch (error) {
      const others = ownerRecords(dataDir).filter((r) => r.file !== ownFile);
      const live = others.filter((r) => holderAlive(r.owner));
      const gone = (error as NodeJS.ErrnoException).code === 'ELOCKED' && live.length === 0;
      if (!gone || Date.now() > deadline) {
        rmSync(join(dataDir, ownFile), { force: true });
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
        const holder = live.find((r) => r.owner.holding) ?? live[0];
        throw new DataDirBusyError(dataDir, holder?.owner ?? null);
      }
      if (stale === LIVE_HOLDER_STALE_MS) {
        const pids = others.map((r) => r.owner.pid).join(', ');
        process.stderr.write(
          pids
            ? `switchboard: the process that held ${dataDir} (pid ${pids}) is gone; taking its lock over\n`
            : `switchboard: ${dataDir} is locked by no known process; taking the lock over once it is stale (up to ${STALE_MS / 1000} s)\n`,
        );
        stale = pids ? DEAD_HOLDER_STALE_MS : STALE_MS;
      }
      await sleep(250);
    }
  }
  // Records of processes that died trying or holding: ours is the one that counts now.
  for (const r of ownerRecords(dataDir))
    if (r.file !== ownFile && !holderAlive(r.owner)) rmSync(join(dataDir, r.file), { force: true });
  owner.holding = true;
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
      rmSync(join(dataDir, ownFile), { force: true });
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
