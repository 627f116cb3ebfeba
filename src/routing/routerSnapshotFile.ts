import { readFileSync } from 'node:fs';
import type { NormalizedGraph } from '../graph/types.ts';
import { offerTrainedState, trainAllRouters } from './agentRouter.ts';
import { type RouterSnapshot, restoreRouterSnapshot, routerSnapshotOf } from './routerSnapshot.ts';

/** Trains every router of the graph and returns its snapshot (what `npm run build` writes per template). */
export function takeRouterSnapshot(graph: NormalizedGraph): RouterSnapshot {
  return routerSnapshotOf(graph, trainAllRouters(graph));
}

/**
 * Offers the snapshot in `file` to the graph's routers: read on the first route; a missing, unreadable
 * or stale file means they train.
 */
export function offerRouterSnapshotFile(graph: NormalizedGraph, file: string | URL): void {
  offerTrainedState(graph, () => {
    try {
      return restoreRouterSnapshot(graph, JSON.parse(readFileSync(file, 'utf8')) as RouterSnapshot);
    } catch {
      return null;
    }
  });
}
