import { expect, it } from 'vitest';
import { learnedRouterStoreFor, type NewLearnedRouter } from '../../../src/store/learnedRouterStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { unique } from './fixtures.ts';

const router = (graph: string, n: number): NewLearnedRouter => ({
  graph,
  rows: Array.from({ length: n }, (_, i) => ({ input: `message ${i}`, agent: i % 2 ? 'Billing' : 'Sales' })),
  trainingSize: n,
  heldOut: { accuracy: 0.95, rows: n },
  threshold: 0.8,
  source: 'dataset',
});

/** Learnt routers: versioned per graph, newest first, reset per graph. */
export function learnedRouterConformance(store: () => ConversationStore): void {
  it('versions a graph’s learnt routers and returns the newest with its rows and figures', async () => {
    const routers = await learnedRouterStoreFor(store());
    const graph = unique('graph');
    expect(await routers.latest(graph)).toBeNull();
    const first = await routers.save(router(graph, 3));
    const second = await routers.save(router(graph, 5));
    expect([first.version, second.version]).toEqual([1, 2]);
    const latest = await routers.latest(graph);
    expect(latest).toMatchObject({
      graph,
      version: 2,
      trainingSize: 5,
      heldOut: { accuracy: 0.95, rows: 5 },
      threshold: 0.8,
      source: 'dataset',
    });
    expect(latest?.rows).toHaveLength(5);
    expect(latest?.rows[1]).toEqual({ input: 'message 1', agent: 'Billing' });
    expect(latest?.createdAt).toBeInstanceOf(Date);
  });

  it('resets one graph only', async () => {
    const routers = await learnedRouterStoreFor(store());
    const [a, b] = [unique('graph'), unique('graph')];
    await routers.save(router(a, 2));
    await routers.save(router(a, 2));
    await routers.save(router(b, 2));
    expect(await routers.reset(a)).toBe(2);
    expect(await routers.latest(a)).toBeNull();
    expect((await routers.latest(b))?.version).toBe(1);
    expect((await routers.save(router(a, 1))).version).toBe(1);
  });
}
