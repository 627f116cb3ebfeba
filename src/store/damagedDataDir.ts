import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** PostgreSQL's control file is one 8 KiB page; anything else is not a control file. */
const PG_CONTROL_SIZE = 8192;

/**
 * An embedded data directory that holds a database PGlite cannot open. Switchboard deleted nothing in
 * it; the message says what happened and how to get going again without losing what is there.
 */
export class DamagedDataDirError extends Error {
  constructor(
    readonly dataDir: string,
    readonly reason: string,
    /** false: found by looking at the files, PGlite never started on them. */
    readonly opened: boolean,
    cause?: unknown,
  ) {
    const aside = join(
      dirname(dataDir),
      `${basename(dataDir)}.damaged-${new Date().toISOString().slice(0, 10)}`,
    );
    super(
      `the embedded database in ${dataDir} is damaged and cannot be opened (${reason}); ` +
        'two processes writing it at once, a crash mid-write or a disk problem does this. ' +
        (opened
          ? 'Switchboard deleted nothing in it. '
          : 'It was not opened: nothing in it was changed or deleted. ') +
        'To recover: stop every process that uses it, move it aside ' +
        `(mv ${dataDir} ${aside}) and start again (a new empty database is created), or put back a copy ` +
        'of the directory from a backup; keep the moved directory, its files are what is left of the data',
      { cause },
    );
    this.name = 'DamagedDataDirError';
  }
}

const size = (path: string): number | null => {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
};

/**
 * Damage visible without starting PostgreSQL: a directory with database files but without the pieces
 * every database has. PGlite would fail on these ("PGlite failed to initialize properly", a WASM
 * abort) after writing to the directory, or, with PG_VERSION gone, initialize a new empty database
 * over the old one. Returns null for an empty or new directory and for a complete-looking database.
 */
export function structuralDamage(dataDir: string): string | null {
  const has = (name: string) => existsSync(join(dataDir, name));
  const anyDatabaseFile = ['PG_VERSION', 'base', 'global', 'pg_wal'].some(has);
  if (!anyDatabaseFile) return null;
  if (!has('PG_VERSION')) return 'PG_VERSION is missing but database files are present';
  for (const name of ['base', 'global', 'pg_wal']) if (!has(name)) return `${name}/ is missing`;
  const control = size(join(dataDir, 'global', 'pg_control'));
  if (control !== PG_CONTROL_SIZE)
    return control === null
      ? 'global/pg_control is missing'
      : `global/pg_control is ${control} bytes, not ${PG_CONTROL_SIZE}`;
  return null;
}

/**
 * A failed start leaves PGlite's postmaster.pid behind; removing the one it just wrote leaves the
 * directory as the failed attempt found it (a pid file that was already there stays).
 */
export function forgetFailedStart(dataDir: string, pidFileExisted: boolean): void {
  if (!pidFileExisted) rmSync(join(dataDir, 'postmaster.pid'), { force: true });
}

export const pidFileExists = (dataDir: string) => existsSync(join(dataDir, 'postmaster.pid'));
