import { describe, expect, it } from 'vitest';
import { maxRunningTurnsFromEnv, TurnAdmission } from '../../src/server/turnAdmission.ts';

/*
 * Issue #20 (tails under saturation): with a limit, at most that many turns run at once and the
 * others start in the order they arrived; a turn that fails gives its place back.
 */

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('turn admission', () => {
  it('runs at most `limit` turns at once, the rest in arrival order', async () => {
    const admission = new TurnAdmission(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const turns = Array.from({ length: 8 }, (_, i) =>
      admission.run(async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        if (i === 3) throw new Error('a failed turn');
        return i;
      }),
    );
    const settled = await Promise.allSettled(turns);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(settled[3].status).toBe('rejected');
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(7);
    // Every place came back, the failed turn's too.
    expect(await Promise.all([admission.run(async () => 'a'), admission.run(async () => 'b')])).toEqual([
      'a',
      'b',
    ]);
  });

  it('admits everything at once without a limit, and reads the limit from the environment', async () => {
    const admission = new TurnAdmission(0);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        admission.run(async () => {
          running++;
          most = Math.max(most, running);
          await tick();
          running--;
        }),
      ),
    );
    expect(most).toBe(20);
    expect(maxRunningTurnsFromEnv({})).toBe(0);
    expect(maxRunningTurnsFromEnv({ SWITCHBOARD_MAX_RUNNING_TURNS: '8' })).toBe(8);
    expect(() => maxRunningTurnsFromEnv({ SWITCHBOARD_MAX_RUNNING_TURNS: 'lots' })).toThrow(/whole number/);
  });
});
