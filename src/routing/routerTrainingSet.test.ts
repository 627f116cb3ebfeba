import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGEMENTS, ENTRY_SMALL_TALK } from './builtinPhrases.ts';
import {
  BILLING_EXAMPLES,
  buildSupportGraph,
  HUMAN_EXAMPLES_FIXTURE,
  SALES_EXAMPLES,
  TECH_EXAMPLES,
} from './fixtures/supportGraph.ts';
import { buildRouterDocs, STAY_LABEL } from './routerTrainingSet.ts';

const textsOf = (docs: { label: string; text: string }[], label: string) =>
  docs.filter((d) => d.label === label).map((d) => d.text);

describe('router training set', () => {
  const graph = buildSupportGraph();

  it('gives the entry agent one label per edge plus stay with small talk', () => {
    const docs = buildRouterDocs(graph, 'Triage');
    expect([...new Set(docs.map((d) => d.label))].sort()).toEqual(
      [
        'stay',
        'transfer_to_Billing',
        'transfer_to_Human',
        'transfer_to_Sales',
        'transfer_to_TechSupport',
      ].sort(),
    );
    expect(textsOf(docs, STAY_LABEL)).toEqual(
      expect.arrayContaining([...ENTRY_SMALL_TALK, ...ACKNOWLEDGEMENTS]),
    );
    expect(textsOf(docs, 'transfer_to_Billing')).toEqual(expect.arrayContaining(BILLING_EXAMPLES));
    expect(textsOf(docs, 'transfer_to_Human')).toEqual(expect.arrayContaining(HUMAN_EXAMPLES_FIXTURE));
  });

  it('teaches a specialist to hand back on other specialists topics, never its own', () => {
    const docs = buildRouterDocs(graph, 'Billing');
    const handback = textsOf(docs, 'transfer_to_Triage');
    expect(handback).toEqual(expect.arrayContaining([...TECH_EXAMPLES, ...SALES_EXAMPLES]));
    for (const own of BILLING_EXAMPLES) expect(handback).not.toContain(own);
    // Human has its own edge from Billing, so its phrases must not also teach the handback label.
    for (const phrase of HUMAN_EXAMPLES_FIXTURE) expect(handback).not.toContain(phrase);
    expect(textsOf(docs, STAY_LABEL)).toEqual(expect.arrayContaining(BILLING_EXAMPLES));
    expect(textsOf(docs, STAY_LABEL)).not.toEqual(expect.arrayContaining(ENTRY_SMALL_TALK));
    // The agent's tools describe what it can do itself.
    expect(textsOf(docs, STAY_LABEL).some((t) => t.startsWith('request refund:'))).toBe(true);
  });
});
