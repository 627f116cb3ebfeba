#!/usr/bin/env node
// The `switchboard` command. It runs the compiled CLI (dist/) in this very process, so signals reach
// the server and the exit code is its own: for the short commands the build's one-file bundle of it,
// which starts faster (which command lines: src/cli/bundledCli.ts). In a checkout whose sources
// changed since the last build (`npm run build`), it runs the sources through tsx instead, still in
// this process (SWITCHBOARD_FROM_SOURCES=1 does so always).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsCurrent } from './buildIsCurrent.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'src', 'cli', 'main.js');
const sources = join(root, 'src', 'cli', 'main.ts');

// SWITCHBOARD_FROM_SOURCES=1 runs the sources even over a current build (the test of that path).
if (buildIsCurrent(root) && process.env.SWITCHBOARD_FROM_SOURCES !== '1') {
  const { BUNDLED_CLI, runsBundled } = await import(
    pathToFileURL(join(root, 'dist', 'src', 'cli', 'bundledCli.js')).href
  );
  const bundle = join(root, BUNDLED_CLI);
  const entry = runsBundled(process.argv.slice(2)) && existsSync(bundle) ? bundle : built;
  await import(pathToFileURL(entry).href);
} else if (existsSync(sources)) {
  // Both hooks, as the compiled CLI registers them for a user's graph module (src/app/loadGraph.ts): a
  // graph file outside a `"type": "module"` package is CommonJS to Node, and with the ESM hook alone
  // `switchboard graph show --graph ./myshop/graph.ts` failed with "Cannot require() ES Module … in a
  // cycle" on an edited checkout.
  const [esm, cjs] = await Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]);
  esm.register();
  cjs.register();
  await import(pathToFileURL(sources).href);
} else {
  process.stderr.write('switchboard: this package has no build (dist/ is missing); run `npm run build`\n');
  process.exit(1);
}
