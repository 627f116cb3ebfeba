import { describe, expect, it } from 'vitest';
import { collectHeldOutRouterSamples } from '../../src/eval/calibrate.ts';
import { parseDataset } from '../../src/eval/dataset.ts';
import { assignFolds, holdoutFolds, withExtraExamples } from '../../src/eval/holdout.ts';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

const graph = defineGraph({
  name: 'holdout',
  entry: 'Triage',
  agents: [
    { name: 'Triage', instructions: 'Route.', handoffs: ['Billing', 'Sales'] },
    {
      name: 'Billing',
      instructions: 'Bill.',
      handoffDescription: 'Invoices and refunds',
      examples: ['I was charged twice', 'send me my invoice'],
    },
    {
      name: 'Sales',
      instructions: 'Sell.',
      handoffDescription: 'Plans and demos',
      examples: ['how much is the pro plan', 'book a demo'],
    },
  ],
});

const rows = [
  ...['refund my card payment', 'wrong amount on the bill', 'my receipt is missing', 'cancel the charge'].map(
    (input) => ({ input, expected_agent: 'Billing' }),
  ),
  ...['what plans exist', 'price for ten seats', 'free trial please', 'discount for startups'].map(
    (input) => ({ input, expected_agent: 'Sales' }),
  ),
  { id: 'sc', turns: [{ user: 'hello', expected_agent: 'Triage' }] },
];
const { cases } = parseDataset(rows.map((r) => JSON.stringify(r)).join('\n'), {
  agents: ['Triage', 'Billing', 'Sales'],
});

describe('held-out routing folds', () => {
  it('deals every agent’s rows evenly over the folds, whatever their order in the file', () => {
    const folds = assignFolds(cases, 2);
    const perFold = (agent: string) =>
      [0, 1].map((f) => cases.filter((c, i) => folds[i] === f && c.turns[0].expected[0] === agent).length);
    expect(perFold('Billing')).toEqual([2, 2]);
    expect(perFold('Sales')).toEqual([2, 2]);
    const reversed = assignFolds([...cases].reverse(), 2).reverse();
    expect(reversed).toEqual(folds);
  });

  it('trains each fold on the other folds’ single-turn rows and never on its own', () => {
    const folds = holdoutFolds(graph, cases, 2);
    for (const fold of folds) {
      const learnt = new Set(fold.graph.agents.flatMap((a) => a.examples));
      for (const c of fold.cases) expect(learnt.has(c.turns[0].input)).toBe(false);
      const others = folds.filter((f) => f !== fold).flatMap((f) => f.cases);
      for (const c of others.filter((o) => o.kind === 'single'))
        expect(learnt.has(c.turns[0].input)).toBe(true);
      // Scenario turns are scored but never learnt.
      expect(learnt.has('hello')).toBe(false);
    }
    expect(folds.flatMap((f) => f.cases.map((c) => c.id)).sort()).toEqual(cases.map((c) => c.id).sort());
    // The original graph is untouched.
    expect(graph.byName.get('Billing')!.examples).toEqual(['I was charged twice', 'send me my invoice']);
  });

  it('gives every fold its own router, trained on its copy of the graph', () => {
    const extra = new Map([['Sales', ['the invoice portal subscription upgrade', 'invoice portal upgrade']]]);
    const copy = withExtraExamples(graph, extra);
    expect(copy.byName.get('Sales')!.examples).toHaveLength(4);
    expect(createAgentRouter(copy, 'Triage')).not.toBe(createAgentRouter(graph, 'Triage'));
    expect(createAgentRouter(copy, 'Triage').classifier).not.toBe(
      createAgentRouter(graph, 'Triage').classifier,
    );
  });

  it('returns held-out calibration samples in dataset order, one per case', () => {
    const samples = collectHeldOutRouterSamples(graph, cases, 3);
    expect(samples.map((s) => s.id)).toEqual(cases.map((c) => c.id));
  });

  it('refuses k < 2 and more folds than rows', () => {
    expect(() => assignFolds(cases, 1)).toThrow(/≥ 2/);
    expect(() => assignFolds(cases.slice(0, 2), 3)).toThrow(/only 2 rows/);
  });
});
