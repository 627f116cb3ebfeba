import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { FeatureSpace } from '../../src/routing/featureSpace.ts';
import {
  type LabeledDoc,
  LexicalClassifier,
  type TrainOptions,
} from '../../src/routing/lexicalClassifier.ts';
import { buildRouterDocs } from '../../src/routing/routerTrainingSet.ts';
import { supportGraph } from '../../templates/support/graph.ts';

/**
 * A new tool's description is one more training text. With `order: 'hashed'` the classifier visits
 * its documents in the order of a hash of each document (lexicalClassifier.ts), so the new text is
 * inserted into every epoch and the others keep their order: the triage router's decisions on
 * messages that have nothing to do with it barely move. The routers' seeded shuffle of the documents'
 * indices gives every epoch another order as soon as one text is added, and moves the weights as much
 * as training in another order does.
 */
describe('adding a training text does not reshuffle the others', () => {
  const graph = defineGraph(supportGraph);
  const docs = buildRouterDocs(graph, graph.entry);
  const sales = docs.find((d) => /Sales/.test(d.label))!.label;
  const newTool: LabeledDoc = {
    label: sales,
    text: 'check stock level: How many of a product are left in the warehouse.',
  };
  const messages = readFileSync(new URL('../../templates/support/eval/dev.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { input: string }).input);
  const fit = (d: readonly LabeledDoc[]) => FeatureSpace.fit(d.map((x) => x.text));

  /** Decisions that changed, and how far the first model's choice moved in probability. */
  const drift = (a: LexicalClassifier, b: LexicalClassifier) => {
    let flips = 0;
    let total = 0;
    for (const text of messages) {
      const p = a.predict(text, { maxTerms: 0 });
      const q = b.predict(text, { maxTerms: 0 });
      if (p.label !== q.label) flips++;
      total += Math.abs(p.confidence - q.ranking.find((r) => r.label === p.label)!.p);
    }
    return { flips, meanShift: total / messages.length };
  };
  const driftOfAddingTheTool = (options: TrainOptions) =>
    drift(
      LexicalClassifier.train(docs, { ...options, space: fit(docs) }),
      LexicalClassifier.train([...docs, newTool], { ...options, space: fit([...docs, newTool]) }),
    );

  it("moves the triage router's decisions far less in hashed order than in the seeded shuffle", {
    timeout: 120_000,
  }, () => {
    const hashed = driftOfAddingTheTool({ order: 'hashed' });
    const shuffled = driftOfAddingTheTool({ order: 'shuffled' });
    console.info(
      `[insert] n=${messages.length}: hashed ${hashed.flips} flips, mean |Δp| ${hashed.meanShift.toFixed(4)}; shuffled ${shuffled.flips} flips, mean |Δp| ${shuffled.meanShift.toFixed(4)}`,
    );
    expect(messages.length).toBeGreaterThan(100);
    expect(hashed.flips).toBe(0);
    expect(shuffled.flips).toBeGreaterThan(0);
    expect(hashed.meanShift).toBeLessThan(shuffled.meanShift / 4);
  });

  it('moves them about as much as another hashed order when the order is shuffled', {
    timeout: 120_000,
  }, () => {
    const space = fit(docs);
    const reordered = drift(
      LexicalClassifier.train(docs, { space, order: 'hashed' }),
      LexicalClassifier.train(docs, { space, order: 'hashed', orderSalt: 'another order' }),
    );
    const shuffled = driftOfAddingTheTool({ order: 'shuffled' });
    // One more text under the shuffle is a new order for everyone: the same size of change.
    expect(shuffled.meanShift).toBeGreaterThan(reordered.meanShift / 2);
  });

  it('gives the same weights whatever order the documents are listed in, in both orders', () => {
    const small = docs.filter((_, i) => i % 4 === 0);
    const space = FeatureSpace.fit(small.map((d) => d.text));
    for (const order of ['shuffled', 'hashed'] as const) {
      const a = LexicalClassifier.train(small, { space, order }).state();
      const b = LexicalClassifier.train([...small].reverse(), { space, order }).state();
      expect(b.weights).toEqual(a.weights);
      expect(b.bias).toEqual(a.bias);
    }
  });
});
