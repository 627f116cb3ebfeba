import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TEMPLATE_LOADERS } from '../../templates/catalogue.ts';
import { defineGraph, type Graph, isGraph } from '../graph/defineGraph.ts';
import { GraphNotFoundError } from '../graph/graphValidation.ts';
import { offerRouterSnapshotFile } from '../routing/routerSnapshotFile.ts';
import { installedTracing, reinstallTracing } from '../tracing/tracingSetup.ts';
import { namesGraphModule } from './graphModulePath.ts';

/**
 * Compiled graphs by name or path, so a process trains each template's router once: the promise, so
 * that calls made while a graph's modules load get the same graph. A failed load is not kept.
 */
const loaded = new Map<string, Promise<Graph>>();

/**
 * A template name (`support`) or a path to a module exporting a graph (default export or `graph`). The
 * application's layer: the library below it (src/runtime) knows no templates.
 */
export function loadGraph(nameOrPath: string): Promise<Graph> {
  let graph = loaded.get(nameOrPath);
  if (!graph) {
    graph = importGraph(nameOrPath);
    loaded.set(nameOrPath, graph);
    graph.catch(() => loaded.delete(nameOrPath));
  }
  return graph;
}

async function importGraph(nameOrPath: string): Promise<Graph> {
  let graph: Graph;
  if (Object.hasOwn(TEMPLATE_LOADERS, nameOrPath)) {
    graph = defineGraph(await TEMPLATE_LOADERS[nameOrPath]());
    // The routers `npm run build` trained for the template (dist/routers/): used when they still fit.
    offerRouterSnapshotFile(graph, new URL(`../../routers/${nameOrPath}.json`, import.meta.url));
  } else if (namesGraphModule(nameOrPath)) {
    const file = moduleFile(isAbsolute(nameOrPath) ? nameOrPath : resolve(process.cwd(), nameOrPath));
    if (!file) throw new GraphNotFoundError(nameOrPath, templateNames());
    if (/\.[cm]?ts$/.test(file)) await loadTypeScript();
    await loadAgentsSdkEntry();
    const mod = await import(pathToFileURL(file).href);
    // A TypeScript module outside a `"type": "module"` package is compiled to CommonJS by tsx, and its
    // exports arrive wrapped once more in `default` (with `__esModule` set).
    const exports = mod.default?.__esModule ? mod.default : mod;
    const exported = exports.default ?? exports.graph;
    if (!exported)
      throw new Error(
        `${nameOrPath} exports no graph (use \`export default defineGraph(...)\` or \`export const graph\`)`,
      );
    graph = isGraph(exported) ? exported : defineGraph(exported);
  } else {
    throw new GraphNotFoundError(nameOrPath, templateNames());
  }
  return graph;
}

/**
 * A graph module may import the SDK's `@openai/agents` entry, which replaces the trace processors when
 * it first loads (with OpenAI's hosted export). Switchboard imports only `@openai/agents-core` (the
 * entry brings the `openai` client: a third of a second of every CLI start), so the entry is loaded
 * here, before the graph's module, and Switchboard's processors put back: the graph's import of it is
 * then a no-op. Templates do not import it.
 */
let sdkEntry: Promise<void> | undefined;

function loadAgentsSdkEntry(): Promise<void> {
  sdkEntry ??= import('@openai/agents').then(() => {
    if (installedTracing()) reinstallTracing();
  });
  return sdkEntry;
}

let typeScriptLoader: Promise<void> | undefined;

/**
 * Lets `import()` load a user's TypeScript graph module. Running from the sources, tsx is already
 * the loader; running compiled (the installed package), tsx's loader is registered once, on the
 * first TypeScript graph, so plain JavaScript users never pay for it.
 */
function loadTypeScript(): Promise<void> {
  if (import.meta.url.endsWith('.ts')) return Promise.resolve();
  // Both hooks: a graph file outside a `"type": "module"` package is CommonJS to Node.
  typeScriptLoader ??= Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]).then(([esm, cjs]) => {
    esm.register();
    cjs.register();
  });
  return typeScriptLoader;
}

/** A module file, or a directory holding `graph.ts` / `index.ts` (what `switchboard init` creates). */
function moduleFile(path: string): string | null {
  if (!existsSync(path)) return null;
  if (!statSync(path).isDirectory()) return path;
  for (const name of ['graph.ts', 'index.ts', 'graph.js', 'index.js']) {
    if (existsSync(join(path, name))) return join(path, name);
  }
  return null;
}

export function templateNames(): string[] {
  return Object.keys(TEMPLATE_LOADERS);
}
