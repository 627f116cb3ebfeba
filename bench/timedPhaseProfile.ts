/**
 * Preloaded into the benchmarked server (`BENCH_NODE_ARGS='--import ./bench/timedPhaseProfile.ts'
 * npm run bench:server`): a CPU profile of the timed phase only. `--cpu-prof` would profile start-up,
 * router training and the warm-up too, which swamp a few hundred turns. The bench's SIGUSR2 (its
 * counter snapshot right before the timed phase) starts the profiler; its SIGTERM (the stop after
 * it) writes the profile to BENCH_PROFILE_OUT (default /tmp/server.cpuprofile). Summarize it with
 * `node bench/cpuProfileSummary.mjs <file>`. Bench-only: nothing in src imports it.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
let started = false;

process.on('SIGUSR2', () => {
  if (started) return;
  started = true;
  session.post('Profiler.enable', () =>
    session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')),
  );
});

// Before serve's own SIGTERM handler: the profile is written synchronously (same-thread session).
process.prependListener('SIGTERM', () => {
  if (!started) return;
  session.post('Profiler.stop', (error, result) => {
    if (!error)
      writeFileSync(
        process.env.BENCH_PROFILE_OUT ?? '/tmp/server.cpuprofile',
        JSON.stringify(result.profile),
      );
  });
});
