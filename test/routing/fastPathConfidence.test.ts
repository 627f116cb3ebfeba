import { describe, expect, it } from 'vitest';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { PHRASING_VIEWS, poolOpinions } from '../../src/routing/fastPathConfidence.ts';
import { TRIAGE_HELD_OUT } from '../../src/routing/fixtures/heldOutSentences.ts';
import { buildSupportGraph } from '../../src/routing/fixtures/supportGraph.ts';
import { extractRouterFeatures } from '../../src/routing/routerFeatures.ts';

const pOf = (ranking: { label: string; p: number }[], label: string) =>
  ranking.find((r) => r.label === label)?.p;

describe('logarithmic opinion pool', () => {
  it('keeps a label every view backs and damps one a view doubts', () => {
    const sure = [
      { label: 'billing', p: 0.9 },
      { label: 'sales', p: 0.1 },
    ];
    expect(poolOpinions([sure, sure])).toEqual([
      { label: 'billing', p: expect.closeTo(0.9, 12) },
      { label: 'sales', p: expect.closeTo(0.1, 12) },
    ]);
    const doubt = poolOpinions([
      sure,
      [
        { label: 'sales', p: 0.8 },
        { label: 'billing', p: 0.2 },
      ],
    ]);
    // √(0.9·0.2) : √(0.1·0.8) = 0.6 : 0.4
    expect(pOf(doubt, 'billing')).toBeCloseTo(0.6, 12);
    expect(doubt.reduce((s, x) => s + x.p, 0)).toBeCloseTo(1, 12);
  });

  it('gives 0 to a label one view lacks, keeps the first ranking’s labels, and does not underflow', () => {
    const r = poolOpinions([
      [
        { label: 'a', p: 0.5 },
        { label: 'b', p: 0.5 },
      ],
      [{ label: 'a', p: 1 }],
    ]);
    expect(r).toEqual([
      { label: 'a', p: 1 },
      { label: 'b', p: 0 },
    ]);
    const tiny = [
      { label: 'a', p: 3e-300 },
      { label: 'b', p: 1e-300 },
    ];
    expect(pOf(poolOpinions([tiny, tiny, tiny]), 'a')).toBeCloseTo(0.75, 12);
    expect(poolOpinions([])).toEqual([]);
  });
});

describe('phrasing views', () => {
  it('see every word with its bigrams, stopwords included, and nothing else', () => {
    const router = [...extractRouterFeatures('why was my bill so high').counts.keys()];
    expect(router).not.toContain('w|why');
    for (const view of PHRASING_VIEWS) {
      const keys = [...extractRouterFeatures('why was my bill so high', view.features).counts.keys()];
      expect(keys).toEqual(expect.arrayContaining(['w|why', 'w|was', 'b|why was', 'w|bill']));
      expect(keys.filter((k) => !k.startsWith('w|') && !k.startsWith('b|'))).toEqual([]);
    }
  });
});

describe('fast-path confidence on the 3-specialist support graph', () => {
  const graph = buildSupportGraph();

  it('leaves the routing decision as it was and only adds the fast-path confidence', () => {
    const router = createAgentRouter(graph, 'Triage', { threshold: 0 });
    for (const { text } of TRIAGE_HELD_OUT) {
      const plain = router.route(text);
      const { fastPathConfidence, ...fast } = router.route(text, undefined, { fastPath: true });
      expect(plain.fastPathConfidence).toBeUndefined();
      expect(fast).toEqual(plain);
      expect(fastPathConfidence).toBeGreaterThanOrEqual(0);
      expect(fastPathConfidence).toBeLessThanOrEqual(1);
    }
  });

  it('applies the threshold to the fast-path confidence when it is asked for', () => {
    const loose = createAgentRouter(graph, 'Triage', { threshold: 0 });
    const decided = TRIAGE_HELD_OUT.map(({ text }) => ({
      text,
      d: loose.route(text, undefined, { fastPath: true }),
    })).filter(({ d }) => d.decision === 'handoff');
    // A handoff the views doubt more than the router does: the router's threshold alone would let it through.
    const doubted = decided.find(({ d }) => d.fastPathConfidence! < d.confidence - 0.05);
    expect(doubted, 'no held-out handoff that the phrasing views doubt').toBeDefined();
    const { text, d } = doubted!;
    const threshold = (d.confidence + d.fastPathConfidence!) / 2;
    const strict = createAgentRouter(graph, 'Triage', { threshold });
    expect(strict.route(text).decision).toBe('handoff');
    expect(strict.route(text, undefined, { fastPath: true }).decision).toBe('unsure');
  });

  it('is deterministic across graph objects', () => {
    const a = createAgentRouter(graph, 'Triage');
    const b = createAgentRouter(buildSupportGraph(), 'Triage');
    for (const { text } of TRIAGE_HELD_OUT.slice(0, 10)) {
      expect(b.route(text, undefined, { fastPath: true }).fastPathConfidence).toBe(
        a.route(text, undefined, { fastPath: true }).fastPathConfidence,
      );
    }
  });
});
