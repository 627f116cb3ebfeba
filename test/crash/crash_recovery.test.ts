import { describe, expect, it } from 'vitest';
import { runCrashTrials, TRIAL_POINTS } from './crashHarness.ts';
import { describeCrashRun } from './crashSummary.ts';
import { randomSeed } from './prng.ts';

/*
 * The short crash run of `npm test`: one SIGKILL at every crash point (and one timer kill) of real
 * `serve` processes on one PGlite data dir, restart, retry, continue; then the database invariants.
 * `npm run test:crash` is the long run (100+ trials). SWITCHBOARD_CRASH_SEED replays a failing seed.
 */
const seed = process.env.SWITCHBOARD_CRASH_SEED ? Number(process.env.SWITCHBOARD_CRASH_SEED) : randomSeed();

describe('crash recovery (kill -9 at every crash point)', () => {
  it('loses no message, duplicates nothing, keeps the agent and repeats no side effect', {
    timeout: 240_000,
  }, async () => {
    console.log(`crash_recovery.test.ts: seed ${seed} (SWITCHBOARD_CRASH_SEED=${seed} replays it)`);
    const result = await runCrashTrials({ trials: TRIAL_POINTS.length, seed, chains: 2 });
    const summary = describeCrashRun(result);
    console.log(summary.join('\n'));
    expect(result.violations, `seed ${seed}`).toEqual([]);
    // Every point was armed once and the process died there, not somewhere else.
    expect(result.trials.map((t) => t.point).sort()).toEqual([...TRIAL_POINTS].sort());
    expect(
      result.trials.filter((t) => !t.reached),
      `seed ${seed}`,
    ).toEqual([]);
    // Interrupted messages were recovered: found committed, or re-sent.
    expect(result.committedBeforeKill + result.resent).toBeGreaterThan(0);
    expect(result.invariants.conversations).toBeGreaterThan(0);
    expect(result.invariants.sideEffectRows).toBeGreaterThan(0);
  });
});
