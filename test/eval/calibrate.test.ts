import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import {
  collectHeldOutRouterSamples,
  collectRouterSamples,
  firstHopsToward,
  formatCalibration,
  type RouterSample,
  recommendThreshold,
  sweepThresholds,
  THRESHOLDS,
} from '../../src/eval/calibrate.ts';
import { loadDataset, parseDataset } from '../../src/eval/dataset.ts';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

const sample = (expected: string, target: string | null, confidence: number): RouterSample => ({
  id: `${expected}-${confidence}`,
  input: 'x',
  expected: [expected],
  target,
  rightFirstHops: [expected],
  confidence,
  routerConfidence: confidence,
});

// Four confident correct handoffs, one wrong one at 0.6, one stay, one low-confidence correct handoff.
const SAMPLES = [
  sample('Billing', 'Billing', 0.95),
  sample('Sales', 'Sales', 0.9),
  sample('TechSupport', 'TechSupport', 0.85),
  sample('Billing', 'Billing', 0.8),
  sample('Triage', 'Sales', 0.6),
  sample('Triage', null, 0.7),
  sample('Sales', 'Sales', 0.4),
];

describe('threshold calibration', () => {
  it('sweeps 0.30..0.99 and measures coverage and precision of local handoffs', () => {
    expect(THRESHOLDS[0]).toBe(0.3);
    expect(THRESHOLDS.at(-1)).toBe(0.99);
    const rows = sweepThresholds(SAMPLES, [0.3, 0.5, 0.7, 0.9, 0.99]);
    expect(rows.map((r) => [r.threshold, r.covered, r.correct])).toEqual([
      [0.3, 6, 5],
      [0.5, 5, 4],
      [0.7, 4, 4],
      [0.9, 2, 2],
      [0.99, 0, 0],
    ]);
    expect(rows[0].coverage).toBeCloseTo(6 / 7);
    expect(rows[1].precision).toBeCloseTo(0.8);
    expect(rows[4].precision).toBe(1);
  });

  it('recommends the lowest threshold meeting the target precision that still routes something', () => {
    const rows = sweepThresholds(SAMPLES);
    expect(recommendThreshold(rows, 0.99)?.threshold).toBe(0.61);
    expect(recommendThreshold(rows, 0.8)?.threshold).toBe(0.3);
    expect(recommendThreshold(rows, 0.85)?.threshold).toBe(0.61);
    expect(recommendThreshold(sweepThresholds([sample('Triage', 'Sales', 0.99)]), 0.99)).toBeNull();
  });

  it('prints the table with the recommendation marked', () => {
    const rows = sweepThresholds(SAMPLES);
    const text = formatCalibration(rows, recommendThreshold(rows, 0.99), 0.99, SAMPLES.length);
    expect(text).toMatch(
      /^calibration of the hybrid threshold on 7 opening messages \(target precision 0.99\)/,
    );
    expect(text).toMatch(/^\s+0\.61\s+0\.571\s+1\.000\s+4\/4 {2}← recommended$/m);
    expect(text).toMatch(/^\s+0\.30\s+0\.857\s+0\.833\s+6\/5$/m);
    expect(text).toContain('recommended threshold: 0.61 (coverage 0.571, precision 1.000)');
    const none = formatCalibration(rows, null, 1, SAMPLES.length);
    expect(none).toContain('recommended threshold: none');
  });

  it("collects the entry router's decision for the first message of each case", async () => {
    const graph = await loadGraph('support');
    const { cases } = parseDataset(
      [
        '{"input": "I was charged twice on invoice INV-2041, please refund it", "expected_agent": "Billing"}',
        '{"id": "s", "turns": [{"user": "good morning", "expected_agent": "Triage"}, {"user": "refund please", "expected_agent": "Billing"}]}',
      ].join('\n'),
    );
    const samples = collectRouterSamples(graph, cases);
    expect(samples.map((s) => s.input)).toEqual([
      'I was charged twice on invoice INV-2041, please refund it',
      'good morning',
    ]);
    expect(samples[0].target).toBe('Billing');
    expect(samples[1].target).toBeNull();
    for (const s of samples) expect(s.confidence).toBeGreaterThan(0);
    // The sweep is over the fast-path confidence hybrid routing uses, not the router's own probability.
    const decision = createAgentRouter(graph, graph.entry, { threshold: 0 }).route(
      samples[0].input,
      undefined,
      {
        fastPath: true,
      },
    );
    expect(samples[0].confidence).toBe(decision.fastPathConfidence);
    expect(samples[0].routerConfidence).toBe(decision.confidence);
  });
});

/**
 * Issue #4: the hybrid fast path must reach 0.99 precision while routing ≥ 70% of all opening messages
 * (out-of-scope ones included) locally, measured on messages the router never learnt: routing.jsonl in
 * 5 held-out folds, and holdout.jsonl (never trained on) at the threshold routing.jsonl recommends.
 */
describe('right first hops', () => {
  const agent = (name: string, handoffs: string[]) => ({
    name,
    instructions: name,
    handoffDescription: `${name} things`,
    handoffs,
  });

  it('is the direct edge in a flat graph, the lead above a specialist in a ladder', () => {
    const ladder = defineGraph({
      name: 'ladder',
      entry: 'Root',
      agents: [
        agent('Root', ['Desk', 'Field', 'Clinic']),
        agent('Desk', ['Billing', 'Root']),
        agent('Field', ['Repairs', 'Root']),
        agent('Clinic', ['Billing', 'Root']),
        agent('Billing', ['Desk']),
        agent('Repairs', ['Field']),
      ],
    });
    const hops = firstHopsToward(ladder);
    expect(hops.get('Desk')).toEqual(['Desk']);
    expect(hops.get('Repairs')).toEqual(['Field']);
    // Two leads reach Billing in two steps: either is a right first hop.
    expect(hops.get('Billing')).toEqual(['Desk', 'Clinic']);
    // Every agent escalates to Human, but Root's own edge to it is the only right hop.
    expect(hops.get('Human')).toEqual(['Human']);
  });

  it('scores a ladder graph by its first hop, not by the specialist it ends at', () => {
    const rows = sweepThresholds(
      [
        { ...sample('Repairs', 'Field', 0.9), rightFirstHops: ['Field'] },
        { ...sample('Repairs', 'Desk', 0.9), rightFirstHops: ['Field'] },
      ],
      [0.5],
    );
    expect(rows[0]).toMatchObject({ covered: 2, correct: 1, precision: 0.5 });
  });
});

describe('fast-path calibration on the support template (held out)', () => {
  // Issue #16 set the bar on phrasing the router never saw: ≥ 0.98 precision at ≥ 0.5 coverage (it
  // was 0.99 at 0.70 on routing.jsonl's folds before the fast path discounted unrecognised words and the
  // desk took on account access and ordering). The template's default threshold is held to it on
  // routing.jsonl's held-out folds and holdout.jsonl (never trained on) pooled.
  it('the default threshold meets 0.98 precision at ≥ 0.5 coverage on held-out messages', async () => {
    const graph = await loadGraph('support');
    const agents = graph.agents.map((a) => a.name);
    const routing = await loadDataset('templates/support/routing.jsonl', { agents });
    const holdout = await loadDataset('templates/support/holdout.jsonl', { agents });
    const samples = [
      ...collectHeldOutRouterSamples(graph, routing.cases, 5),
      ...collectRouterSamples(graph, holdout.cases),
    ];
    const [row] = sweepThresholds(samples, [graph.routing.threshold]);
    expect(row.precision).toBeGreaterThanOrEqual(0.98);
    expect(row.coverage).toBeGreaterThanOrEqual(0.5);
    const routerOnly = samples.map((s) => ({ ...s, confidence: s.routerConfidence }));
    const [plain] = sweepThresholds(routerOnly, [graph.routing.threshold]);
    expect(plain.precision).toBeLessThan(row.precision);
  }, 60_000);
});
