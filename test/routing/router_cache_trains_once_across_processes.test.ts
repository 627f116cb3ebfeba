import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NormalizedGraph } from '../../src/graph/types.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { TRIAGE_HELD_OUT } from '../../src/routing/fixtures/heldOutSentences.ts';
import { buildSupportGraph } from '../../src/routing/fixtures/supportGraph.ts';
import { LexicalClassifier } from '../../src/routing/lexicalClassifier.ts';

/*
 * SWITCHBOARD_CACHE_DIR: the first process to route a graph trains its routers and writes them; the
 * next one (here: a new graph object, which no in-process cache knows) reads them back and decides
 * exactly as training would. An edited graph is another entry.
 */
const dir = mkdtempSync(join(tmpdir(), 'sb-router-cache-'));
const before = process.env.SWITCHBOARD_CACHE_DIR;
beforeAll(() => {
  process.env.SWITCHBOARD_CACHE_DIR = dir;
});
afterAll(() => {
  if (before === undefined) delete process.env.SWITCHBOARD_CACHE_DIR;
  else process.env.SWITCHBOARD_CACHE_DIR = before;
  rmSync(dir, { recursive: true, force: true });
});

const texts = [...TRIAGE_HELD_OUT.map((m) => m.text), 'my pasword stopped working', 'INV-2041', ''];
const routedBy = (graph: NormalizedGraph, agent: string) => {
  const router = createAgentRouter(graph, agent);
  return texts.map((text) => router.route(text));
};

describe('the router cache', () => {
  it('trains a graph once, writes it, and a fresh copy of the graph decides from the file exactly as training', () => {
    const train = vi.spyOn(LexicalClassifier, 'train');
    const first = routedBy(buildSupportGraph(), 'Triage');
    const trainedRouters = train.mock.calls.length;
    expect(trainedRouters).toBeGreaterThan(1); // every agent with edges, not only Triage
    expect(readdirSync(join(dir, 'routers')).filter((f) => f.endsWith('.json'))).toHaveLength(1);

    train.mockClear();
    const second = routedBy(buildSupportGraph(), 'Triage');
    expect(train).not.toHaveBeenCalled();
    expect(second).toEqual(first);
    train.mockRestore();
  });

  it('keeps an edited graph apart: it trains and gets an entry of its own', () => {
    const graph = buildSupportGraph();
    const agents = graph.agents.map((a) =>
      a.name === 'Billing'
        ? { ...a, examples: [...a.examples, 'my card got charged for a plan I never picked'] }
        : a,
    );
    const edited = { ...graph, agents, byName: new Map(agents.map((a) => [a.name, a])) };
    const train = vi.spyOn(LexicalClassifier, 'train');
    routedBy(edited, 'Triage');
    expect(train).toHaveBeenCalled();
    train.mockRestore();
    expect(readdirSync(join(dir, 'routers')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });
});
