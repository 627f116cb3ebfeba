import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take 90–335 s each on CI (measured 2026-11-25: the blind routing gate, the packed install,
 * the crash harness; the five dialogue gates took 160–230 s until their scenarios reused one database,
 * 18–38 s since). A clean clone has no timing cache, so vitest would run
 * large files first and these small ones last, leaving one worker alone with them for minutes; started
 * first, they share the two workers with everything else.
 */
const STARTS_FIRST = [
  /test\/eval\/dialogue_gate\//,
  /test\/eval\/blind_routing_gate\./,
  /test\/package\/packed_install\./,
  /test\/crash\/crash_recovery\./,
];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (f: TestSpecification) => STARTS_FIRST.some((p) => p.test(f.moduleId));
    return [...sorted.filter(long), ...sorted.filter((f) => !long(f))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One process per worker for all its files, not one per file: each file otherwise loaded the
    // runtime, the SDK, PGlite and the routers again (measured 2026-11-26: 2–7 s of imports per file,
    // 484 files, about as much as the tests themselves). Test files here keep no state in modules they
    // share (no vi.mock, no module-level fakes); each opens and closes its own stores and servers.
    isolate: false,
    // Two files at a time on CI's two cores: much of a file's time is spent waiting on the processes,
    // databases and browsers it drives, not on its own CPU.
    maxWorkers: 2,
    sequence: { sequencer: LongFilesFirst },
    env: {
      // Most test files build the same templates and open fresh embedded databases: their routers
      // train once per run and PGlite runs initdb once per run, not once per file or store
      // (src/routing/routerCache.ts, src/store/pgliteCluster.ts; both copies are exact).
      SWITCHBOARD_CACHE_DIR: fileURLToPath(new URL('node_modules/.cache/switchboard', import.meta.url)),
    },
  },
});
