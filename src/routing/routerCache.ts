import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedGraph } from '../graph/types.ts';
import {
  type GraphRouterState,
  type RouterSnapshot,
  restoreRouterSnapshot,
  routerSnapshotKey,
  routerSnapshotOf,
} from './routerSnapshot.ts';

/**
 * Trained routers shared by processes, under `$SWITCHBOARD_CACHE_DIR/routers`: a graph's routers
 * are looked up there by what their training depends on (the snapshot key: training documents,
 * routing code, WordNet) and, when missing, trained once and written there. Training is
 * deterministic and the snapshot exact, so a cached router decides exactly as a fresh one; an edited
 * graph has another key and trains. Off unless set: the built package ships its templates' snapshots
 * (dist/routers), and a user's own graph trains per process as before.
 */
export function routerCacheDir(): string | null {
  const dir = process.env.SWITCHBOARD_CACHE_DIR;
  return dir ? join(dir, 'routers') : null;
}

function fileOf(dir: string, graph: NormalizedGraph): { key: string; file: string } {
  const key = routerSnapshotKey(graph);
  const name = graph.name.replace(/[^A-Za-z0-9_-]/g, '_');
  return { key, file: join(dir, `${name}-${key.slice(0, 24)}.json`) };
}

/** The cached routers of `graph`, or null (no cache, nothing cached, or an unreadable entry). */
export function readCachedRouters(dir: string, graph: NormalizedGraph): GraphRouterState | null {
  try {
    const snapshot = JSON.parse(readFileSync(fileOf(dir, graph).file, 'utf8')) as RouterSnapshot;
    return restoreRouterSnapshot(graph, snapshot);
  } catch {
    return null;
  }
}

/** Writes the trained routers of `graph` (atomically: a concurrent reader sees all of it or nothing). */
export function writeCachedRouters(dir: string, graph: NormalizedGraph, state: GraphRouterState): void {
  try {
    const { file } = fileOf(dir, graph);
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(routerSnapshotOf(graph, state)));
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written costs the next process a training, nothing more.
  }
}
