import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { LexicalClassifier } from '../../src/routing/lexicalClassifier.ts';
import { NearestExamples } from '../../src/routing/nearestExamples.ts';

/**
 * The entry router's logistic regression learns one direction per desk in the word-vector space, which
 * blurs a desk whose texts cover several topics: "please switch ACC-1005 to the Scale plan starting
 * today" went to Sales on "plan" and "Scale", though Billing's own texts carry out plan changes. The
 * entry router now re-divides its desks' probability by how near each desk's closest training texts lie
 * (nearestExamples.ts); what it keeps (`stay`) is left as the classifier says.
 */
describe('the entry weighs its desks by their nearest examples', () => {
  const docs = [
    { label: 'billing', text: 'I want a refund for my last invoice' },
    { label: 'billing', text: 'there is a wrong charge on my credit card' },
    { label: 'tech', text: 'my calls keep dropping after a minute' },
    { label: 'tech', text: 'the webhook returns an error' },
    { label: 'stay', text: 'hello there' },
    { label: 'stay', text: 'what is the weather like today' },
  ];

  it('gives the nearest desk 0, the others less, and nothing to the label it keeps', () => {
    const tilt = new NearestExamples(docs).tilt(
      'the money for my invoice never came back',
      ['stay', 'billing', 'tech'],
      'stay',
    );
    expect(tilt?.has('stay')).toBe(false);
    expect(tilt?.get('billing')).toBe(0);
    expect(tilt?.get('tech')).toBeLessThan(0);
    expect(new NearestExamples(docs).tilt('12345', ['stay', 'billing', 'tech'], 'stay')).toBeNull();
  });

  it('moves probability between the shifted labels only', () => {
    const classifier = LexicalClassifier.train(docs);
    const text = 'my invoice has a strange charge';
    const plain = classifier.predict(text);
    const shifted = classifier.predict(text, {
      scoreShift: new Map([
        ['billing', -5],
        ['tech', 0],
      ]),
    });
    const p = (r: typeof plain, label: string) => r.ranking.find((x) => x.label === label)!.p;
    expect(p(shifted, 'stay')).toBeCloseTo(p(plain, 'stay'), 12);
    expect(p(shifted, 'billing') + p(shifted, 'tech')).toBeCloseTo(
      p(plain, 'billing') + p(plain, 'tech'),
      12,
    );
    expect(p(shifted, 'billing')).toBeLessThan(p(plain, 'billing'));
  });

  it('sends a plan change on an existing account to the desk that makes it', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('please switch ACC-1005 to the Scale plan starting today').target).toBe('Billing');
  });
});
