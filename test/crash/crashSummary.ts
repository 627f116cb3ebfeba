import type { CrashRunResult } from './crashHarness.ts';

/** The result as the lines `npm run test:crash` prints. */
export function describeCrashRun(result: CrashRunResult): string[] {
  const killed = result.trials.filter((t) => t.reached).length;
  const boots = result.trials.map((t) => t.bootMs).sort((a, b) => a - b);
  const perPoint = Object.entries(result.killsByPoint)
    .map(([p, n]) => `${p} ${n}`)
    .join(', ');
  return [
    `seed ${result.seed} (replay: npm run test:crash -- --seed ${result.seed} --trials ${result.trials.length} --chains ${result.databases.length}${result.postgres ? ' --postgres' : ''} --changed ${result.changedRetries})`,
    `trials ${result.trials.length} in ${result.databases.length} chain(s) on ${result.postgres ? 'PostgreSQL' : 'PGlite'}, kill -9 at the armed point ${killed}/${result.trials.length}`,
    `kills per point: ${perPoint}`,
    `interrupted messages: ${result.committedBeforeKill} committed before the kill (not re-sent), ${result.resent} re-sent (${result.changed} with a changed text)`,
    `checked ${result.invariants.conversations} conversations, ${result.invariants.turns} turns, ` +
      `${result.invariants.sideEffectRows} side-effect rows, ${result.invariants.replayedResults} tool results replayed from the ledger, ` +
      `${result.invariants.orphanedEffects} effects of abandoned attempts reported as orphaned`,
    `invariant violations: ${result.violations.length}` +
      (result.bootFailures ? ` (${result.bootFailures} server start(s) failed and were retried)` : ''),
    `time ${(result.durationMs / 1000).toFixed(1)} s (median boot ${boots[Math.floor(boots.length / 2)] ?? 0} ms)`,
  ];
}
