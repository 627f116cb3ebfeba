import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { extraPgliteStartParams, smallCachePgliteStartParams } from './pgliteStartParams.ts';

/**
 * Starting PGlite on an empty directory (or in memory) runs `initdb` inside WASM: seconds of CPU,
 * three times what loading an initialised cluster from a tarball costs. A process that opens several
 * fresh databases (the memory store's tool database per conversation in evals, a server with many
 * test stores) therefore starts its copies from one pristine cluster: the second fresh in-memory
 * database is dumped right after `initdb`, and later fresh ones (in memory or in a new data directory)
 * load from that dump. The first is created as before, so
 * a one-database process (the CLI) pays nothing extra.
 *
 * With `SWITCHBOARD_CACHE_DIR` set, the pristine cluster is also kept on disk (per PGlite version),
 * so every process (tests, scripts spawning CLIs) starts from it.
 */
let freshOpened = 0;
let pristine: Promise<Blob> | undefined;

let version: string | undefined;

function pgliteVersion(): string {
  version ??= readPgliteVersion();
  return version;
}

function readPgliteVersion(): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function cachedClusterFile(): string | null {
  const dir = process.env.SWITCHBOARD_CACHE_DIR;
  return dir ? join(dir, `pglite-${pgliteVersion()}.tar`) : null;
}

function readCachedCluster(): Blob | null {
  const file = cachedClusterFile();
  if (!file || !existsSync(file)) return null;
  try {
    return new DumpBlob(readFileSync(file));
  } catch {
    return null;
  }
}

async function keepCluster(dump: Blob): Promise<void> {
  const file = cachedClusterFile();
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } catch {
    // Without the file the next process runs initdb, nothing more.
  }
}

/**
 * A dump that databases are loaded from again and again (the pristine cluster, a template's prepared
 * database: 40 MB). PGlite reads a dump with `arrayBuffer()`, which Node's Blob answers by reading its
 * bytes out in chunks and concatenating them: two new 40 MB buffers for every database, which cost
 * more than PostgreSQL's start on this project's machines (fresh memory is slow to touch there). This
 * one keeps its bytes and answers with one copy of them (a copy: a load may do what it likes with it).
 */
export class DumpBlob extends Blob {
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    super([bytes]);
    this.#bytes = bytes;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return new Uint8Array(this.#bytes).buffer;
  }

  static async of(dump: Blob): Promise<DumpBlob> {
    return dump instanceof DumpBlob ? dump : new DumpBlob(new Uint8Array(await dump.arrayBuffer()));
  }
}

/**
 * An in-memory database starts with the small buffer cache (pgliteStartParams.ts) whatever the process
 * prefers: its files are already in memory, so the cache only holds a second copy of them and a miss
 * costs a copy, not a read; the default cache is 128 MB that PostgreSQL zeroes at every start (most of
 * the cost of opening one: tests and evals open hundreds) and keeps for the database's life.
 */
function startOptions(inMemory: boolean): PGliteOptions {
  const extra = inMemory ? smallCachePgliteStartParams() : extraPgliteStartParams();
  // Given, start parameters replace PGlite's defaults: keep those.
  return extra.length ? { startParams: [...PGlite.defaultStartParams, ...extra] } : {};
}

/**
 * A new in-memory database holding what `dump` (a `dumpDataDir('none')` of another) holds. PGlite's
 * own `clone()` dumps its source again for every copy; a caller that makes many copies of a database
 * it no longer writes dumps it once and loads each copy from that.
 */
export function openPGliteCopy(dump: Blob): Promise<PGlite> {
  return PGlite.create({ ...startOptions(true), loadDataDir: dump });
}

/** Opens PGlite in `dataDir` (in memory when omitted); a fresh database starts from the pristine cluster when there is one. */
export async function openPGlite(dataDir?: string): Promise<PGlite> {
  const options = startOptions(dataDir === undefined);
  const fresh = dataDir === undefined || !existsSync(join(dataDir, 'PG_VERSION'));
  if (!fresh) return PGlite.create(dataDir, options);
  freshOpened += 1;
  if (!pristine) {
    const cached = readCachedCluster();
    if (cached) pristine = Promise.resolve(cached);
  }
  if (pristine) {
    const template = await pristine.catch(() => null);
    if (template) return PGlite.create(dataDir, { ...options, loadDataDir: template });
  }
  const pg = await PGlite.create(dataDir, options);
  // Only an in-memory database is dumped: a data directory also holds files of ours (the lock's owner
  // records), which every copy would then start with.
  if (dataDir === undefined && (freshOpened >= 2 || cachedClusterFile())) {
    // Dumped before anything is written to it: the copy is an empty cluster, as initdb leaves it.
    pristine ??= pg.dumpDataDir('none').then(async (dump) => {
      await keepCluster(dump);
      return DumpBlob.of(dump);
    });
    await pristine.catch(() => {
      pristine = undefined;
    });
  }
  return pg;
}
