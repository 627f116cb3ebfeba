import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Switchboard's package.json. The same code runs from `src/` (a checkout, through
 * tsx) and from `dist/src/` (the build), so paths to the package's own files (the dashboard's `web/`)
 * are found by walking up rather than by a fixed number of `..`.
 */
export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** The library's entry in whichever tree is running: `src/index.ts` or `dist/src/index.js`. */
export const LIBRARY_ENTRY = join(
  dirname(fileURLToPath(import.meta.url)),
  import.meta.url.endsWith('.ts') ? 'index.ts' : 'index.js',
);

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
