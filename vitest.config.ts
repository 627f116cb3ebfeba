import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Test files that change process-wide state: the Agents SDK's tracing switches and processors (a file
 * that disables tracing would leave it off for the next), environment variables, spies, fake timers.
 * They run in a process of their own; every other file shares its worker's process with the files
 * before it (`isolate: false`), which spares it loading the runtime, the SDK, PGlite and the routers
 * again: 2–7 s of imports per file over 484 files, about as long as the tests themselves (2026-11-26).
 */
const CHANGES_PROCESS_STATE =
  /setTracingDisabled|setTraceProcessors|installTracing|tracingSetup|\/tracing\/|vi\.(mock|stubEnv|stubGlobal|useFakeTimers|spyOn)|process\.env\.[A-Z_]+ *=[^=]|delete process\.env/;
const testFiles = (readdirSync('test', { recursive: true }) as string[])
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/${f.replaceAll('\\', '/')}`);
// And the tracing tests, which assert on the process's one tracing set-up (src/tracing/tracingSetup.ts).
const OWN_PROCESS = testFiles.filter(
  (f) => f.startsWith('test/tracing/') || CHANGES_PROCESS_STATE.test(readFileSync(f, 'utf8')),
);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
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
    projects: [
      {
        extends: true,
        test: { name: 'shared', isolate: false, include: ['test/**/*.test.ts'], exclude: OWN_PROCESS },
      },
      { extends: true, test: { name: 'own-process', isolate: true, include: OWN_PROCESS } },
    ],
  },
});
