import { parseArgs } from 'node:util';
import { TEST_DATABASE_URL } from '../support/store/postgresTestDb.ts';
import { runCrashTrials, TRIAL_POINTS, type TrialPoint } from './crashHarness.ts';
import { describeCrashRun } from './crashSummary.ts';
import { randomSeed } from './prng.ts';

/*
 * `npm run test:crash [-- --trials N --seed S --points a,b --chains K --postgres --changed P --keep]`: the long crash
 * run (default 100 trials). `--postgres` runs on SWITCHBOARD_TEST_DATABASE_URL (a schema per chain) instead of
 * embedded PGlite; `--changed P` is the share of re-sent messages edited before re-sending (default 0.5).
 * Exits 1 on any invariant violation, printing the seed that replays the same schedule.
 */
const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '100' },
    seed: { type: 'string' },
    keep: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    points: { type: 'string' },
    chains: { type: 'string', default: '2' },
    postgres: { type: 'boolean', default: false },
    changed: { type: 'string', default: '0.5' },
  },
});
const trials = Number(values.trials);
const chains = Number(values.chains);
const seed = values.seed === undefined ? randomSeed() : Number(values.seed);
const points = values.points?.split(',') as TrialPoint[] | undefined;
const changedRetries = Number(values.changed);
if (
  !(changedRetries >= 0 && changedRetries <= 1) ||
  !Number.isInteger(trials) ||
  trials < 1 ||
  !Number.isInteger(seed) ||
  seed < 0 ||
  !Number.isInteger(chains) ||
  chains < 1 ||
  points?.some((p) => !TRIAL_POINTS.includes(p))
) {
  console.error(
    'usage: npm run test:crash -- [--trials N] [--seed S] [--points a,b] [--chains K] [--postgres] [--changed 0..1] [--keep] [--quiet]',
  );
  console.error(`points: ${TRIAL_POINTS.join(', ')}`);
  process.exit(2);
}
console.log(`crash harness: ${trials} trials, seed ${seed}`);
const result = await runCrashTrials({
  trials,
  seed,
  points,
  chains,
  postgresUrl: values.postgres ? TEST_DATABASE_URL : undefined,
  changedRetries,
  keepDataDir: values.keep,
  log: values.quiet ? undefined : (line) => console.log(line),
});
for (const line of describeCrashRun(result)) console.log(line);
for (const violation of result.violations.slice(0, 50)) console.log(`  VIOLATION ${violation}`);
if (values.keep) console.log(`kept: ${result.databases.join(' ')}`);
process.exit(result.violations.length === 0 ? 0 : 1);
