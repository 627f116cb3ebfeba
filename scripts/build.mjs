// `npm run build`: compiles src/, templates/ and testing/ to dist/ (JavaScript, declarations, source
// maps), derives the router's word vectors (scripts/buildWordVectors.mjs), snapshots the templates'
// trained routers (scripts/snapshotRouters.mjs), bundles the CLI's short commands into
// dist/bundle/cli.mjs (scripts/bundleCli.mjs), then stamps the build so bin/switchboard.mjs knows
// whether the sources changed since.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// typescript's exports map hides bin/: find it next to its package.json.
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
// Everything but the word vectors: a build may run while the checkout routes (the packed-install test
// packs, and so builds, while other tests run), and the vectors are what routing cannot do without.
// buildWordVectors.mjs replaces them only when they changed.
for (const entry of existsSync(join(root, 'dist')) ? readdirSync(join(root, 'dist')) : [])
  if (entry !== 'word-vectors') rmSync(join(root, 'dist', entry), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
// The router's word vectors before the snapshots: training reads them.
const vectors = spawnSync(process.execPath, [join(root, 'scripts', 'buildWordVectors.mjs')], {
  stdio: 'inherit',
});
if (vectors.status !== 0) process.exit(vectors.status ?? 1);
const snapshots = spawnSync(process.execPath, [join(root, 'scripts', 'snapshotRouters.mjs')], {
  stdio: 'inherit',
});
if (snapshots.status !== 0) process.exit(snapshots.status ?? 1);
const bundle = spawnSync(process.execPath, [join(root, 'scripts', 'bundleCli.mjs')], { stdio: 'inherit' });
if (bundle.status !== 0) process.exit(bundle.status ?? 1);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', '.built'), `${new Date().toISOString()}\n`);
