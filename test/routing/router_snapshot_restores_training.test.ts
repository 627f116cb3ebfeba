import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { NormalizedGraph } from '../../src/graph/types.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { TRIAGE_HELD_OUT } from '../../src/routing/fixtures/heldOutSentences.ts';
import { buildSupportGraph } from '../../src/routing/fixtures/supportGraph.ts';
import { type RouterSnapshot, restoreRouterSnapshot } from '../../src/routing/routerSnapshot.ts';
import { offerRouterSnapshotFile, takeRouterSnapshot } from '../../src/routing/routerSnapshotFile.ts';

// Fresh training is what the snapshot is compared with: not a restore from the test run's router cache.
delete process.env.SWITCHBOARD_CACHE_DIR;

// Messages the snapshot's routers must answer exactly as freshly trained ones: held-out sentences, a
// typo, a synonym only WordNet links to a training word, digits, and nothing at all.
const MESSAGES = [
  ...TRIAGE_HELD_OUT.map((m) => m.text),
  'my pasword stopped working',
  'I want a rebate for last month',
  'INV-2041',
  '',
  'thanks, that is all',
];

const dir = mkdtempSync(join(tmpdir(), 'sb-router-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a router snapshot restores the trained routers', () => {
  // Through a file and JSON, as the build writes it and the CLI reads it.
  const snapshot = JSON.parse(JSON.stringify(takeRouterSnapshot(buildSupportGraph()))) as RouterSnapshot;
  const trained = buildSupportGraph();
  const restored = buildSupportGraph();
  const file = join(dir, 'support.json');
  writeFileSync(file, JSON.stringify(snapshot));
  offerRouterSnapshotFile(restored, file);

  it('decides every message of every agent exactly as training does', () => {
    const agents = trained.agents.filter((a) => a.handoffs.length > 0).map((a) => a.name);
    expect(agents.length).toBeGreaterThan(1);
    for (const agent of agents) {
      const fresh = createAgentRouter(trained, agent);
      const fromSnapshot = createAgentRouter(restored, agent);
      expect(fromSnapshot.labels).toEqual(fresh.labels);
      for (const text of MESSAGES)
        expect(fromSnapshot.route(text), `${agent}: ${text}`).toEqual(fresh.route(text));
    }
  });

  it('is what the routers of the offered graph run on (they did not train)', () => {
    const state = restoreRouterSnapshot(buildSupportGraph(), snapshot);
    expect(state).not.toBeNull();
    const weights = (agent: string) => createAgentRouter(restored, agent).classifier?.state().weights;
    expect(weights('Triage')).toEqual(state?.classifiers.get('Triage')?.state().weights);
  });

  it('is refused for a graph whose training documents differ, which then trains', () => {
    const edited = (): NormalizedGraph => {
      const graph = buildSupportGraph();
      const agents = graph.agents.map((a) =>
        a.name === 'Billing' ? { ...a, examples: [...a.examples, 'my statement shows a fee twice'] } : a,
      );
      return { ...graph, agents, byName: new Map(agents.map((a) => [a.name, a])) };
    };
    const offered = edited();
    expect(restoreRouterSnapshot(offered, snapshot)).toBeNull();
    offerRouterSnapshotFile(offered, file);
    const weights = createAgentRouter(offered, 'Triage').classifier?.state().weights;
    expect(weights).toEqual(createAgentRouter(edited(), 'Triage').classifier?.state().weights);
    expect(weights?.length).not.toBe(
      createAgentRouter(restored, 'Triage').classifier?.state().weights.length,
    );
  });

  it('is refused when its key is not the one training would have, and a missing file trains', () => {
    expect(restoreRouterSnapshot(buildSupportGraph(), { ...snapshot, key: 'stale' })).toBeNull();
    const graph = buildSupportGraph();
    offerRouterSnapshotFile(graph, join(dir, 'missing.json'));
    expect(createAgentRouter(graph, 'Triage').route('please refund the duplicate payment')).toEqual(
      createAgentRouter(trained, 'Triage').route('please refund the duplicate payment'),
    );
  });
});
