import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import {
  ACKNOWLEDGEMENTS,
  ESCALATION_PHRASES,
  GREETINGS,
  OFF_TOPIC,
  SHORT_REPLIES,
} from '../../src/routing/builtinPhrases.ts';
import {
  BILLING_EXAMPLES,
  buildSupportGraph,
  HUMAN_EXAMPLES_FIXTURE,
  SALES_EXAMPLES,
  TECH_EXAMPLES,
} from '../../src/routing/fixtures/supportGraph.ts';
import { buildRouterDocs, STAY_LABEL } from '../../src/routing/routerTrainingSet.ts';

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
      expect.arrayContaining([...GREETINGS, ...OFF_TOPIC, ...ACKNOWLEDGEMENTS, ...SHORT_REPLIES]),
    );
    expect(textsOf(docs, 'transfer_to_Billing')).toEqual(expect.arrayContaining(BILLING_EXAMPLES));
    // The graph's own escalation phrases and the built-in ones.
    expect(textsOf(docs, 'transfer_to_Human')).toEqual(
      expect.arrayContaining([...HUMAN_EXAMPLES_FIXTURE, ...ESCALATION_PHRASES]),
    );
    for (const phrase of ESCALATION_PHRASES) expect(textsOf(docs, STAY_LABEL)).not.toContain(phrase);
  });

  it('teaches a specialist to hand back on other specialists topics, never its own', () => {
    const docs = buildRouterDocs(graph, 'Billing');
    const handback = textsOf(docs, 'transfer_to_Triage');
    expect(handback).toEqual(expect.arrayContaining([...TECH_EXAMPLES, ...SALES_EXAMPLES]));
    for (const own of BILLING_EXAMPLES) expect(handback).not.toContain(own);
    // Human has its own edge from Billing, so its phrases must not also teach the handback label.
    for (const phrase of HUMAN_EXAMPLES_FIXTURE) expect(handback).not.toContain(phrase);
    expect(textsOf(docs, STAY_LABEL)).toEqual(expect.arrayContaining(BILLING_EXAMPLES));
    // Off-topic requests go back to the entry agent; greetings and answers stay.
    expect(handback).toEqual(expect.arrayContaining(OFF_TOPIC));
    for (const text of OFF_TOPIC) expect(textsOf(docs, STAY_LABEL)).not.toContain(text);
    expect(textsOf(docs, STAY_LABEL)).toEqual(
      expect.arrayContaining([...GREETINGS, ...ACKNOWLEDGEMENTS, ...SHORT_REPLIES]),
    );
    // The agent's tools describe what it can do itself.
    expect(textsOf(docs, STAY_LABEL).some((t) => t.startsWith('request refund:'))).toBe(true);
  });

  it('teaches an agent that bare values its own tools ask for are answers, not new topics', () => {
    const sales = buildRouterDocs(graph, 'Sales');
    // get_quote's plan enum.
    expect(textsOf(sales, STAY_LABEL)).toEqual(expect.arrayContaining(['basic', 'pro', 'enterprise']));
    for (const value of ['basic', 'pro', 'enterprise']) {
      expect(textsOf(sales, 'transfer_to_Triage')).not.toContain(value);
      // At the entry agent a bare plan name says nothing about who should take it.
      expect(textsOf(buildRouterDocs(graph, 'Triage'), 'transfer_to_Sales')).not.toContain(value);
    }
  });

  it('in a ladder, teaches the root a lead’s edge with the rungs below it, and the lead to pass them down', () => {
    const ladder = defineGraph({
      name: 'ladder',
      entry: 'Root',
      agents: [
        { name: 'Root', instructions: 'Route.', handoffs: ['Lead'] },
        {
          name: 'Lead',
          instructions: 'Lead.',
          handoffDescription: 'Operations lead',
          examples: ['I need the manager on duty'],
          handoffs: ['Rung', 'Root'],
        },
        {
          name: 'Rung',
          instructions: 'Bills.',
          handoffDescription: 'Bills and balances',
          examples: ['what is my balance'],
          handoffs: ['Lead'],
        },
      ],
    });
    const atRoot = textsOf(buildRouterDocs(ladder, 'Root'), 'transfer_to_Lead');
    expect(atRoot).toContain('I need the manager on duty');
    expect(atRoot).toContain('what is my balance'); // the way to the rung goes through the lead
    const atLead = buildRouterDocs(ladder, 'Lead');
    expect(textsOf(atLead, 'transfer_to_Rung')).toContain('what is my balance');
    expect(textsOf(atLead, STAY_LABEL)).not.toContain('what is my balance');
    // A star is unchanged: a specialist that only hands back leads no branch.
    expect(textsOf(buildRouterDocs(graph, 'Triage'), 'transfer_to_Billing')).not.toContain(SALES_EXAMPLES[0]);
  });
});
