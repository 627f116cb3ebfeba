/*
 * Fault injection for the crash harness: named points in the turn's path where the process can kill
 * itself with SIGKILL (exactly `kill -9`: no cleanup, no flush, no finally blocks).
 *
 *   SWITCHBOARD_CRASH_POINT=<name>:<n>   die the n-th time <name> is reached (n defaults to 1)
 *
 * Off unless that variable is set when the process starts: an unarmed point is one call that tests a
 * module constant and returns, so production pays nothing measurable.
 */

export const CRASH_POINTS = [
  /** The turn's state is loaded, no model has been called yet. */
  'turn.loaded',
  /** Just before a model call (every model call of the turn). */
  'model.before',
  /** A model answered; the SDK has not acted on the answer (tool call, handoff, reply) yet. */
  'model.after',
  /** Inside a side-effecting tool: its rows are written but its transaction has not committed. */
  'tool.inside',
  /** A side-effecting tool and its ledger record have committed; the turn has not. */
  'tool.after',
  /** A handoff was decided and recorded in memory; nothing of it is committed. */
  'handoff',
  /** Everything the turn produced is ready; the commit has not been sent. */
  'commit.before',
  /** The commit statement is being sent: the process dies within a few ms, before or after it lands. */
  'commit.inflight',
  /** The turn is committed; the client has not been answered. */
  'commit.after',
] as const;

export type CrashPointName = (typeof CRASH_POINTS)[number];

export const CRASH_POINT_ENV = 'SWITCHBOARD_CRASH_POINT';

function parseSpec(spec: string | undefined): { name: string; at: number } | null {
  if (!spec) return null;
  const [name, n] = spec.split(':');
  const at = n === undefined ? 1 : Number(n);
  if (!(CRASH_POINTS as readonly string[]).includes(name) || !Number.isInteger(at) || at < 1) {
    throw new Error(`${CRASH_POINT_ENV} must be <point>:<n> with point one of ${CRASH_POINTS.join(', ')}`);
  }
  return { name, at };
}

const armed = parseSpec(process.env[CRASH_POINT_ENV]);
let hits = 0;

function die(name: string): never {
  // stderr is a pipe under the harness: writes to pipes are synchronous on Linux, so this line lands.
  process.stderr.write(`switchboard: crash point ${name} reached, SIGKILL\n`);
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL did not stop the process');
}

/** Dies here if the harness armed this point and this is the chosen hit; otherwise returns at once. */
export function crashPoint(name: CrashPointName): void {
  if (armed === null || armed.name !== name) return;
  hits += 1;
  if (hits === armed.at) die(name);
}

/** Like `crashPoint`, but dies a few milliseconds later, while the caller's I/O is under way. */
export function crashSoon(name: CrashPointName): void {
  if (armed === null || armed.name !== name) return;
  hits += 1;
  if (hits === armed.at) setTimeout(() => die(name), Math.floor(Math.random() * 4));
}
