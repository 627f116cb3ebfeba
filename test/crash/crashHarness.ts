import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { CRASH_POINT_ENV, CRASH_POINTS, type CrashPointName } from '../../src/crash/crashPoints.ts';
import { getJson } from '../support/cluster/apiClient.ts';
import { type ServeProcess, spawnServe, urlWithSchema } from '../support/cluster/serveProcess.ts';
import { uniqueSchema } from '../support/store/postgresTestDb.ts';
import {
  createConversation,
  type ReconcileOutcome,
  reconcile,
  type ScriptedConversation,
  sendNext,
} from './crashClient.ts';
import {
  type CheckedConversation,
  type CrashDatabase,
  checkInvariants,
  type InvariantReport,
} from './crashInvariants.ts';
import { CRASH_GRAPH_PATH, CRASH_SCRIPTS } from './crashScripts.ts';
import { createPrng, type Prng } from './prng.ts';

/*
 * The crash harness. One trial = one `switchboard serve` process (the real CLI, embedded PGlite on a
 * data dir shared by the whole run) armed to SIGKILL itself at a crash point, on the n-th time it is
 * reached (n from a seeded PRNG), or — point `timer` — killed by the harness at a random moment while
 * a turn is in flight. The client drives scripted conversations until the process dies; the next
 * trial's process restarts on the same data dir, the client reconciles and re-sends the unanswered
 * message, and the conversations continue. A last, unarmed process finishes every conversation and
 * runs each script once without crashes as the reference; then the database files are checked.
 */

export const TIMER_POINT = 'timer';
export type TrialPoint = CrashPointName | typeof TIMER_POINT;
export const TRIAL_POINTS: readonly TrialPoint[] = [...CRASH_POINTS, TIMER_POINT];

/** The largest n for `<point>:<n>`: per-turn points are reached every turn, tools and handoffs less often. */
const MAX_HIT: Record<CrashPointName, number> = {
  'turn.loaded': 6,
  'model.before': 8,
  'model.after': 8,
  'tool.inside': 3,
  'tool.after': 3,
  handoff: 3,
  'commit.before': 6,
  'commit.inflight': 6,
  'commit.after': 6,
};
const DEFAULT_CHANGED_RETRIES = 0.5;
/** A trial whose point is never reached within this many messages is killed by the harness instead. */
const MAX_MESSAGES_PER_TRIAL = 60;
const BOOT_TIMEOUT_MS = 120_000;
const BOOT_ATTEMPTS = 4;

export type CrashRunOptions = {
  trials: number;
  seed: number;
  /** Points to draw from (default: every crash point and the timer); each gets ~trials/points kills. */
  points?: readonly TrialPoint[];
  /** Progress lines; default silent. */
  log?: (line: string) => void;
  /** Keep the data directories (their paths are in the result) instead of deleting them. */
  keepDataDir?: boolean;
  /** Independent chains of trials run side by side (default 1). */
  chains?: number;
  /** Run on PostgreSQL (a fresh schema per chain, dropped after) instead of embedded PGlite. */
  postgresUrl?: string;
  /**
   * Share of re-sent messages that the client edits before re-sending (a changed retry: another item),
   * when the message names one. Default 0.5; 0 re-sends every message as it was.
   */
  changedRetries?: number;
};

export type TrialRecord = {
  trial: number;
  point: TrialPoint;
  hit: number;
  /** Killed at the armed point (or by the timer); false = never reached, killed by the harness. */
  reached: boolean;
  bootMs: number;
  messages: number;
  /** How the message interrupted by the previous kill was recovered in this trial. */
  recovered: ReconcileOutcome | null;
};

export type CrashRunResult = {
  seed: number;
  /** Per chain: its PGlite data directory, or its PostgreSQL schema. */
  databases: string[];
  postgres: boolean;
  trials: TrialRecord[];
  killsByPoint: Record<string, number>;
  /** Interrupted messages found already committed (not re-sent) vs re-sent. */
  committedBeforeKill: number;
  resent: number;
  /** Of the re-sent ones, how many went with an edited text. */
  changed: number;
  /** The `changedRetries` share the run used. */
  changedRetries: number;
  /** Servers that exited before listening (retried; see `boot`). */
  bootFailures: number;
  invariants: InvariantReport;
  /** Everything wrong: API-level checks during the run, unexpected exits, database invariants. */
  violations: string[];
  durationMs: number;
};

/** Each point equally often, in a seeded shuffled order per round, so short runs cover every point. */
export function trialSchedule(prng: Prng, trials: number, points: readonly TrialPoint[]): TrialPoint[] {
  const schedule: TrialPoint[] = [];
  while (schedule.length < trials) schedule.push(...prng.shuffle(points));
  return schedule.slice(0, trials);
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

class CrashRun {
  readonly prng: Prng;
  /** PGlite: a fresh data directory. PostgreSQL: a fresh schema, reached through search_path. */
  readonly database: string;
  private readonly location: CrashDatabase;
  readonly conversations: ScriptedConversation[] = [];
  readonly violations: string[] = [];
  committedBeforeKill = 0;
  resent = 0;
  changed = 0;
  bootFailures = 0;
  /** Client-side latency of answered turns, to aim the timer kills inside a turn. */
  private turnMs = 40;

  constructor(
    readonly options: CrashRunOptions,
    private readonly log: (line: string) => void,
  ) {
    this.prng = createPrng(options.seed);
    if (options.postgresUrl) {
      this.database = uniqueSchema('sb_crash');
      this.location = { postgresUrl: urlWithSchema(options.postgresUrl, this.database) };
    } else {
      this.database = mkdtempSync(join(tmpdir(), 'switchboard-crash-'));
      this.location = { dataDir: this.database };
    }
  }

  private async schemaSql(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.postgresUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  spawn(point: string | null): ServeProcess {
    return spawnServe(['--graph', CRASH_GRAPH_PATH], {
      ...('dataDir' in this.location
        ? { SWITCHBOARD_DATA_DIR: this.location.dataDir, DATABASE_URL: '' }
        : { DATABASE_URL: this.location.postgresUrl }),
      [CRASH_POINT_ENV]: point ?? '',
    });
  }

  /**
   * Starts a server and waits for it to listen. A process that exits before listening is retried a
   * few times (a tree being edited meanwhile can fail an import for a moment); each failure is logged
   * and counted, and a database that stays unopenable after a kill fails the run.
   */
  private async boot(point: string | null): Promise<{ server: ServeProcess; url: string }> {
    for (let attempt = 1; ; attempt++) {
      const server = this.spawn(point);
      try {
        return { server, url: await within(server.url, BOOT_TIMEOUT_MS, 'serve') };
      } catch (error) {
        await server.kill9();
        this.bootFailures += 1;
        const why = server.output().trim().split('\n').slice(0, 3).join(' | ');
        this.log(`boot failed (attempt ${attempt}/${BOOT_ATTEMPTS}): ${why || (error as Error).message}`);
        if (attempt >= BOOT_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10_000));
      }
    }
  }

  /** The conversation to talk to next: the first unfinished one, or a new one (null: the server died). */
  private async current(url: string): Promise<ScriptedConversation | null> {
    const open = this.conversations.find((c) => c.next < c.script.length);
    if (open) return open;
    const scriptIndex = this.prng.int(0, CRASH_SCRIPTS.length - 1);
    const conv = await createConversation(url, CRASH_SCRIPTS[scriptIndex], scriptIndex);
    if (conv) this.conversations.push(conv);
    return conv;
  }

  /** Reconciles every message interrupted by the last kill; returns how the (single) one was recovered. */
  private async recover(url: string): Promise<ReconcileOutcome | null> {
    let outcome: ReconcileOutcome | null = null;
    for (const conv of this.conversations.filter((c) => c.uncertain)) {
      const change = this.prng.next() < (this.options.changedRetries ?? DEFAULT_CHANGED_RETRIES);
      const before = conv.changedTurns.length;
      outcome = await reconcile(url, conv, this.violations, change);
      if (outcome === 'committed') this.committedBeforeKill += 1;
      else this.resent += 1;
      this.changed += conv.changedTurns.length - before;
    }
    return outcome;
  }

  async trial(index: number, point: TrialPoint): Promise<TrialRecord> {
    const hit = point === TIMER_POINT ? 1 : this.prng.int(1, MAX_HIT[point]);
    const booted = performance.now();
    const { server, url } = await this.boot(point === TIMER_POINT ? null : `${point}:${hit}`);
    const record: TrialRecord = {
      trial: index,
      point,
      hit,
      reached: false,
      bootMs: 0,
      messages: 0,
      recovered: null,
    };
    try {
      record.bootMs = Math.round(performance.now() - booted);
      record.recovered = await this.recover(url);
      while (record.messages < MAX_MESSAGES_PER_TRIAL) {
        const conv = await this.current(url);
        if (!conv) break;
        let timer: NodeJS.Timeout | undefined;
        if (point === TIMER_POINT) {
          const delay = this.prng.int(0, Math.max(4, Math.round(this.turnMs * 1.5)));
          timer = setTimeout(() => server.child.kill('SIGKILL'), delay);
        }
        const sent = await sendNext(url, conv);
        clearTimeout(timer);
        record.messages += 1;
        if (sent.kind === 'answered') this.turnMs = 0.8 * this.turnMs + 0.2 * sent.ms;
        if (sent.kind === 'refused')
          this.violations.push(
            `trial ${index}: message "${conv.script[conv.next]}" refused with ${sent.status} ${JSON.stringify(sent.body)}`,
          );
        if (sent.kind === 'died') break;
      }
      if (record.messages >= MAX_MESSAGES_PER_TRIAL) await server.kill9();
      const exit = await within(server.exit, 30_000, 'exit after the kill');
      const marker = `crash point ${point} reached`;
      record.reached = exit === 'SIGKILL' && (point === TIMER_POINT || server.output().includes(marker));
      if (exit !== 'SIGKILL')
        this.violations.push(`trial ${index}: server exited with ${exit}, not SIGKILL:\n${server.output()}`);
    } finally {
      await server.kill9();
    }
    return record;
  }

  /**
   * An unarmed server finishes every conversation and runs each script the client ended up sending
   * (changed retries edit a conversation's script) once without crashes, as its reference.
   */
  async finish(): Promise<CheckedConversation[]> {
    const { server, url } = await this.boot(null);
    try {
      await this.recover(url);
      const references = new Map<string, ScriptedConversation>();
      const scripts = [
        ...CRASH_SCRIPTS.map((script, i) => ({ script, scriptIndex: i })),
        ...this.conversations,
      ];
      for (const { script, scriptIndex } of scripts) {
        if (references.has(JSON.stringify(script))) continue;
        const reference = await createConversation(url, script, scriptIndex);
        if (!reference) throw new Error(`the unarmed server died:\n${server.output()}`);
        references.set(JSON.stringify(script), reference);
      }
      for (const conv of [...this.conversations, ...references.values()]) {
        while (conv.next < conv.script.length) {
          const sent = await sendNext(url, conv);
          if (sent.kind !== 'answered')
            throw new Error(`unarmed server failed on "${conv.script[conv.next]}": ${JSON.stringify(sent)}`);
        }
      }
      const ready = await getJson(`${url}/readyz`);
      if (ready.status !== 200) this.violations.push(`readyz after the run: ${ready.status}`);
      await server.stop();
      const exit = await server.exit;
      if (exit !== 0)
        this.violations.push(`final server exited with ${exit} on SIGTERM:\n${server.output()}`);
      return this.conversations.map((c) => ({
        id: c.id,
        texts: c.script,
        referenceId: references.get(JSON.stringify(c.script))!.id,
        changedTurns: c.changedTurns,
      }));
    } finally {
      await server.kill9();
    }
  }

  /** Runs this chain's share of the schedule, then checks its data directory. */
  async run(schedule: readonly { index: number; point: TrialPoint }[]): Promise<ChainResult> {
    const trials: TrialRecord[] = [];
    if (this.options.postgresUrl) await this.schemaSql(`create schema "${this.database}"`);
    for (const { index, point } of schedule) {
      const record = await this.trial(index, point);
      trials.push(record);
      this.log(
        `trial ${record.trial}/${this.options.trials} ${point}${point === TIMER_POINT ? '' : `:${record.hit}`} ` +
          `${record.reached ? 'killed' : 'NOT REACHED'} after ${record.messages} message(s), boot ${record.bootMs} ms` +
          (record.recovered ? `, previous message ${record.recovered}` : ''),
      );
    }
    const checked = await this.finish();
    const invariants = await checkInvariants(this.location, checked);
    if (!this.options.keepDataDir) {
      if ('dataDir' in this.location) rmSync(this.database, { recursive: true, force: true });
      else await this.schemaSql(`drop schema "${this.database}" cascade`);
    }
    return { trials, invariants, violations: [...this.violations, ...invariants.violations] };
  }
}

type ChainResult = { trials: TrialRecord[]; invariants: InvariantReport; violations: string[] };

/**
 * Runs the trials (see the comment at the top); never throws for a violation, only reports it. With
 * `chains` > 1 the schedule is dealt round-robin to independent chains (own data dir, own PRNG
 * stream derived from the seed) that run side by side.
 */
export async function runCrashTrials(options: CrashRunOptions): Promise<CrashRunResult> {
  const started = performance.now();
  const points = options.points ?? TRIAL_POINTS;
  const schedule = trialSchedule(createPrng(options.seed), options.trials, points).map((point, i) => ({
    index: i + 1,
    point,
  }));
  const chainCount = Math.max(1, Math.min(options.chains ?? 1, options.trials));
  const runs = Array.from(
    { length: chainCount },
    (_, k) =>
      new CrashRun({ ...options, seed: (options.seed + k * 0x9e3779b9) >>> 0 }, options.log ?? (() => {})),
  );
  // allSettled: a chain that fails still lets the others finish and kill their servers (no orphans).
  const settled = await Promise.allSettled(
    runs.map((run, k) => run.run(schedule.filter((_, i) => i % chainCount === k))),
  );
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const results = settled.map((r) => (r as PromiseFulfilledResult<ChainResult>).value);
  const trials = results.flatMap((r) => r.trials).sort((a, b) => a.trial - b.trial);
  const killsByPoint: Record<string, number> = Object.fromEntries(points.map((p) => [p, 0]));
  for (const t of trials) if (t.reached) killsByPoint[t.point] += 1;
  const invariants: InvariantReport = {
    violations: results.flatMap((r) => r.invariants.violations),
    conversations: 0,
    turns: 0,
    sideEffectRows: 0,
    replayedResults: 0,
    orphanedEffects: 0,
  };
  for (const r of results) {
    invariants.conversations += r.invariants.conversations;
    invariants.turns += r.invariants.turns;
    invariants.sideEffectRows += r.invariants.sideEffectRows;
    invariants.replayedResults += r.invariants.replayedResults;
    invariants.orphanedEffects += r.invariants.orphanedEffects;
  }
  return {
    seed: options.seed >>> 0,
    databases: runs.map((r) => r.database),
    postgres: options.postgresUrl !== undefined,
    trials,
    killsByPoint,
    committedBeforeKill: runs.reduce((n, r) => n + r.committedBeforeKill, 0),
    resent: runs.reduce((n, r) => n + r.resent, 0),
    changed: runs.reduce((n, r) => n + r.changed, 0),
    changedRetries: options.changedRetries ?? DEFAULT_CHANGED_RETRIES,
    bootFailures: runs.reduce((n, r) => n + r.bootFailures, 0),
    invariants,
    violations: results.flatMap((r) => r.violations),
    durationMs: Math.round(performance.now() - started),
  };
}
