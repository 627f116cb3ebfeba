import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two files at a time on CI's two cores: much of a file's time is spent waiting on the processes,
    // databases and browsers it drives, not on its own CPU.
    maxWorkers: 2,
    env: {
      // Most test files build the same templates and open fresh embedded databases: their routers
      // train once per run and PGlite runs initdb once per run, not once per file or store
      // (src/routing/routerCache.ts, src/store/pgliteCluster.ts; both copies are exact).
      SWITCHBOARD_CACHE_DIR: fileURLToPath(new URL('node_modules/.cache/switchboard', import.meta.url)),
    },
  },
});
