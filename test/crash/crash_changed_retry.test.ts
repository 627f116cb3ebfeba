import { describe, expect, it } from 'vitest';
import { postgresAvailability, TEST_DATABASE_URL } from '../support/store/postgresTestDb.ts';
import { runCrashTrials } from './crashHarness.ts';
import { describeCrashRun } from './crashSummary.ts';

/*
 * Issue #17.1 under real kills: `serve` on PostgreSQL dies right after a side effect commits
 * (tool.after), and the client re-sends the lost turn with another item (`expectedTurn`, changed
 * text). The offline model reuses the call id (call_t3_1) in the retry, which used to replay the
 * first item's order to the second. Seed 7 is a schedule where both happen (the run is deterministic:
 * tool.after kills are counted, not timed); SWITCHBOARD_CRASH_SEED tries another.
 */
const seed = process.env.SWITCHBOARD_CRASH_SEED ? Number(process.env.SWITCHBOARD_CRASH_SEED) : 7;
const pg = await postgresAvailability('crash_changed_retry.test.ts');

describe.skipIf(pg.skip)(
  'crash recovery with changed retries (PostgreSQL, kill -9 after a side effect)',
  () => {
    it('never hands one call’s result to another, and reports every abandoned effect', {
      timeout: 240_000,
    }, async () => {
      const result = await runCrashTrials({
        trials: 4,
        seed,
        points: ['tool.after'],
        chains: 1,
        postgresUrl: TEST_DATABASE_URL,
        changedRetries: 1,
      });
      console.log(describeCrashRun(result).join('\n'));
      expect(result.violations, `seed ${seed}`).toEqual([]);
      expect(result.trials.every((t) => t.reached)).toBe(true);
      expect(result.changed).toBeGreaterThan(0);
      if (seed === 7) expect(result.invariants.orphanedEffects).toBeGreaterThan(0);
    });
  },
);
