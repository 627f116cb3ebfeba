import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { GraphValidationError } from '../../src/graph/graphValidation.ts';
import type { GraphSpec } from '../../src/graph/types.ts';

const base = (): GraphSpec => ({
  name: 'demo',
  entry: 'Triage',
  agents: [
    { name: 'Triage', instructions: 'route', handoffs: ['Billing'] },
    { name: 'Billing', instructions: 'bill', handoffDescription: 'Invoices', handoffs: ['Triage'] },
  ],
});

function issuesOf(spec: GraphSpec): string[] {
  try {
    defineGraph(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphValidationError);
    return (error as GraphValidationError).issues.map((i) => i.message);
  }
  throw new Error('graph was accepted');
}

describe('graph validation fails fast, naming the agent', () => {
  it('accepts a valid graph, adds Human and the escalation edges', () => {
    const graph = defineGraph(base());
    expect(graph.agents.map((a) => a.name)).toEqual(['Triage', 'Billing', 'Human']);
    expect(graph.byName.get('Billing')!.handoffs.map((e) => [e.to, e.system])).toEqual([
      ['Triage', false],
      ['Human', true],
    ]);
    expect(graph.warnings).toEqual([]);
  });

  it('unknown handoff target', () => {
    const spec = base();
    spec.agents[0].handoffs = ['Billing', 'Refunds'];
    expect(issuesOf(spec)).toContain('agent "Triage" hands off to unknown agent "Refunds"');
  });

  it('duplicate names', () => {
    const spec = base();
    spec.agents.push({ name: 'Billing', instructions: 'x', handoffDescription: 'y' });
    expect(issuesOf(spec)).toContain('duplicate agent name "Billing"');
  });

  it('missing entry', () => {
    expect(issuesOf({ ...base(), entry: 'Front' })).toContain('entry agent "Front" is not defined');
  });

  it('unreachable agent', () => {
    const spec = base();
    spec.agents.push({ name: 'Sales', instructions: 'sell', handoffDescription: 'Plans' });
    expect(issuesOf(spec)).toContain('agent "Sales" is unreachable from entry "Triage"');
  });

  it('handoff target without a description', () => {
    const spec = base();
    delete spec.agents[1].handoffDescription;
    expect(issuesOf(spec)).toContain(
      'agent "Triage" hands off to "Billing", which has no handoffDescription',
    );
  });

  it('reports every problem at once', () => {
    const spec = base();
    spec.agents[0].handoffs = ['Nope'];
    spec.agents.push({ name: 'Billing', instructions: 'x', handoffDescription: 'y' });
    expect(issuesOf(spec).length).toBeGreaterThanOrEqual(3);
  });

  it('warns (does not fail) when the entry agent has tools', () => {
    const spec = base();
    spec.agents[0].tools = [
      {
        kind: 'switchboard.tool',
        name: 'peek',
        description: 'd',
        parameters: undefined as any,
        sideEffect: false,
        execute: () => 1,
      },
    ];
    const graph = defineGraph(spec);
    expect(graph.warnings[0]).toMatch(/entry agent "Triage" has tools \(peek\)/);
  });

  it('rejects bad policy and routing values', () => {
    const issues = issuesOf({
      ...base(),
      policy: { maxHandoffs: -1, escalateTo: 'Boss' },
      routing: { mode: 'magic' as any },
    });
    expect(issues).toContain('policy.maxHandoffs must be a non-negative integer');
    expect(issues).toContain('policy.escalateTo names unknown agent "Boss"');
    expect(issues).toContain('routing.mode must be llm, local or hybrid (got "magic")');
  });

  it('refuses the old policy.maxTurns instead of silently lifting the model-call limit', () => {
    const issues = issuesOf({ ...base(), policy: { maxTurns: 3 } as any });
    expect(issues).toContain(
      'policy.maxTurns is now policy.maxModelCalls (model calls in one turn; sla.maxTurns counts user turns)',
    );
  });

  it('describes the topology as Mermaid and JSON', () => {
    const graph = defineGraph(base());
    expect(graph.toMermaid()).toBe(
      [
        'flowchart LR',
        '  Triage[["Triage"]]',
        '  Billing["Billing"]',
        '  Human([Human])',
        '  Triage --> Billing',
        '  Triage -.-> Human',
        '  Billing --> Triage',
        '  Billing -.-> Human',
      ].join('\n'),
    );
    const json = graph.toJSON();
    expect(json.entry).toBe('Triage');
    expect(json.agents.find((a) => a.name === 'Billing')!.handoffs.map((h) => h.tool)).toEqual([
      'transfer_to_Triage',
      'transfer_to_Human',
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
