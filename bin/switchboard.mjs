#!/usr/bin/env node
// The `switchboard` command. It runs the compiled CLI (dist/) in this very process, so signals reach
// the server and the exit code is its own: for the short commands the build's one-file bundle of it,
// which starts faster (which command lines: src/cli/bundledCli.ts). In a checkout whose sources
// changed since the last build (`npm run build`), it runs the sources through tsx instead, still in
// this process.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'src', 'cli', 'main.js');
const stamp = join(root, 'dist', '.built');
const sources = join(root, 'src', 'cli', 'main.ts');

/** The newest modification time under a folder (a few hundred stats: about a millisecond). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function buildIsCurrent() {
  if (!existsSync(built) || !existsSync(stamp)) return false;
  if (!existsSync(sources)) return true; // an installed package: dist is all there is
  const builtAt = statSync(stamp).mtimeMs;
  return ['src', 'templates', 'testing'].every(
    (dir) => !existsSync(join(root, dir)) || newest(join(root, dir)) <= builtAt,
  );
}

if (buildIsCurrent()) {
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
