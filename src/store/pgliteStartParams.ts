/**
 * PostgreSQL's buffer cache for the PGlite databases this process opens. PGlite starts PostgreSQL
 * with its default `shared_buffers` (128 MB), and zeroes all of it at start: on V8's baseline
 * WebAssembly tier (`--liftoff-only`, see src/cli/main.ts) that alone was about 0.7 s of a one-turn
 * `switchboard chat` (docs/package.md). A command that runs a few queries and exits reads each page
 * once or twice, so a 16 MB cache serves it as well; the server and long commands keep the default
 * for their data directories. An in-memory database always starts with the small one (pgliteCluster.ts).
 * Only this start's setting: the data directory and its postgresql.conf are untouched.
 */
const SHORT_LIVED_SHARED_BUFFERS = '16MB';

let shortLived = false;

/** Called at start, before any database opens, by a process that opens the database for a few queries and exits. */
export function preferQuickPgliteStart(): void {
  shortLived = true;
}

/** The smaller buffer cache: a short-lived process's databases, and every in-memory one (pgliteCluster.ts). */
export function smallCachePgliteStartParams(): string[] {
  return ['-c', `shared_buffers=${SHORT_LIVED_SHARED_BUFFERS}`];
}

/** What this process adds to PGlite's default start parameters (none unless it is short-lived). */
export function extraPgliteStartParams(): string[] {
  return shortLived ? smallCachePgliteStartParams() : [];
}
