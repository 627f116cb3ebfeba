import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { HUMAN_AGENT } from '../../../src/graph/types.ts';
import { afterHoursGraph, SLA_TURNS } from '../../../templates/after-hours/graph.ts';
import { afterHoursSetupSql } from '../../../templates/after-hours/setup.ts';
import { emergencyScreen } from '../../../templates/healthcare/emergencyScreen.ts';

const agent = (name: string) => afterHoursGraph.agents.find((a) => a.name === name)!;
const targets = (name: string) => (agent(name).handoffs ?? []).map((e) => (typeof e === 'string' ? e : e.to));
const toolNames = (name: string) => (agent(name).tools ?? []).map((t) => t.name);

const LEADS = { ClinicalLead: ['Scheduler', 'NurseLine'], OperationsLead: ['Billing', 'Insurance'] };
const CHILDREN = Object.entries(LEADS).flatMap(([lead, kids]) => kids.map((kid) => [kid, lead] as const));

describe('afterHoursGraph', () => {
  it('passes graph validation without warnings: 7 agents plus Human, Root as entry', () => {
    const graph = defineGraph(afterHoursGraph);
    expect(graph.warnings).toEqual([]);
    expect(graph.entry).toBe('Root');
    expect(graph.agents.map((a) => a.name).sort()).toEqual(
      [
        'Root',
        'ClinicalLead',
        'OperationsLead',
        'Scheduler',
        'NurseLine',
        'Billing',
        'Insurance',
        HUMAN_AGENT,
      ].sort(),
    );
    expect(graph.setupSql).toBe(afterHoursSetupSql);
  });

  it('is a ladder: Root routes to the two leads, each lead to its two children, back to Root, and to Human', () => {
    expect(targets('Root')).toEqual(['ClinicalLead', 'OperationsLead', HUMAN_AGENT]);
    expect(toolNames('Root')).toEqual([]);
    for (const [lead, kids] of Object.entries(LEADS)) {
      expect(targets(lead)).toEqual([...kids, 'Root', HUMAN_AGENT]);
      expect(toolNames(lead)).toEqual(['lookup_on_call', 'queue_callback']);
    }
  });

  it.each(CHILDREN)('%s can only hand up to its lead %s', (child, lead) => {
    expect(targets(child)).toEqual([lead]);
    expect(toolNames(child).length).toBeGreaterThan(0);
  });

  it('gives every rung an SLA one rung up: children → their lead, leads and Root → Human', () => {
    for (const [child, lead] of CHILDREN)
      expect(agent(child).sla).toEqual({ maxTurns: SLA_TURNS.child, escalateTo: lead });
    for (const lead of Object.keys(LEADS))
      expect(agent(lead).sla).toEqual({ maxTurns: SLA_TURNS.lead, escalateTo: HUMAN_AGENT });
    expect(agent('Root').sla).toEqual({ maxTurns: SLA_TURNS.root, escalateTo: HUMAN_AGENT });
  });

  it('screens every agent for emergencies, since a turn can start on any rung', () => {
    for (const a of afterHoursGraph.agents) expect(a.inputGuardrails).toEqual([emergencyScreen]);
  });

  it('gives every child at least 40 distinct examples, and each lead only its own', () => {
    for (const [child, lead] of CHILDREN) {
      const own = agent(child).examples ?? [];
      expect(own.length).toBeGreaterThanOrEqual(40);
      expect(new Set(own.map((e) => e.toLowerCase())).size).toBe(own.length);
      // Root learns a branch from the rungs below the lead (buildRouterDocs); copying them into the
      // lead would teach the lead to keep what it should pass down.
      const leadExamples = new Set(agent(lead).examples);
      expect(own.filter((e) => leadExamples.has(e))).toEqual([]);
    }
  });
});
