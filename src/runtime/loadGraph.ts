import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TEMPLATES } from '../../templates/index.ts';
import { defineGraph, type Graph, isGraph } from '../graph/defineGraph.ts';

/** Compiled graphs by template name, so a process trains each template's router once. */
const loaded = new Map<string, Graph>();

export class GraphNotFoundError extends Error {
  constructor(name: string) {
    super(
      `unknown graph "${name}": use a template (${Object.keys(TEMPLATES).join(', ')}) or a path to a graph module`,
    );
    this.name = 'GraphNotFoundError';
  }
}

/** A template name (`support`) or a path to a module exporting a graph (default export or `graph`). */
export async function loadGraph(nameOrPath: string): Promise<Graph> {
  const cached = loaded.get(nameOrPath);
  if (cached) return cached;
  let graph: Graph;
  if (TEMPLATES[nameOrPath]) {
    graph = defineGraph(TEMPLATES[nameOrPath].spec);
  } else if (/[/\\]|\.(ts|js|mjs)$/.test(nameOrPath)) {
    const file = moduleFile(isAbsolute(nameOrPath) ? nameOrPath : resolve(process.cwd(), nameOrPath));
    if (!file) throw new GraphNotFoundError(nameOrPath);
    const mod = await import(pathToFileURL(file).href);
    const exported = mod.default ?? mod.graph;
    if (!exported)
      throw new Error(
        `${nameOrPath} exports no graph (use \`export default defineGraph(...)\` or \`export const graph\`)`,
      );
    graph = isGraph(exported) ? exported : defineGraph(exported);
  } else {
    throw new GraphNotFoundError(nameOrPath);
  }
  loaded.set(nameOrPath, graph);
  return graph;
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
  return Object.keys(TEMPLATES);
}
