#!/usr/bin/env node
// The `switchboard` command. It runs the compiled CLI (dist/) in this very process, so signals reach
// the server and the exit code is its own: for the short commands the build's one-file bundle of it,
// which starts faster (which command lines: src/cli/bundledCli.ts). In a checkout whose sources
// changed since the last build (`npm run build`), it runs the sources through tsx instead, still in
// this process.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsCurrent } from './buildIsCurrent.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'src', 'cli', 'main.js');
const sources = join(root, 'src', 'cli', 'main.ts');

if (buildIsCurrent(root)) {
  const { BUNDLED_CLI, runsBundled } = await import(
    pathToFileURL(join(root, 'dist', 'src', 'cli', 'bundledCli.js')).href
  );
  const bundle = join(root, BUNDLED_CLI);
  const entry = runsBundled(process.argv.slice(2)) && existsSync(bundle) ? bundle : built;
  await import(pathToFileURL(entry).href);
} else if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(sources).href);
} else {
  process.stderr.write('switchboard: this package has no build (dist/ is missing); run `npm run build`\n');
  process.exit(1);
}
