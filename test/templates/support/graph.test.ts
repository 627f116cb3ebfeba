import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { HUMAN_AGENT } from '../../../src/graph/types.ts';
import { supportContext } from '../../../templates/support/context.ts';
import { supportGraph } from '../../../templates/support/graph.ts';
import { supportSetupSql } from '../../../templates/support/setup.ts';

const SPECIALISTS = ['Billing', 'TechSupport', 'Sales'];
const agent = (name: string) => supportGraph.agents.find((a) => a.name === name)!;
const targets = (name: string) => (agent(name).handoffs ?? []).map((e) => (typeof e === 'string' ? e : e.to));
const instructionsOf = (name: string) => {
  const i = agent(name).instructions;
  return typeof i === 'string' ? i : i({});
};

describe('supportGraph', () => {
  it('passes graph validation without warnings', () => {
    const graph = defineGraph(supportGraph);
    expect(graph.warnings).toEqual([]);
    expect(graph.entry).toBe('Triage');
    expect(graph.agents.map((a) => a.name).sort()).toEqual([...SPECIALISTS, HUMAN_AGENT, 'Triage'].sort());
    expect(graph.setupSql).toBe(supportSetupSql);
  });

  it('keeps Triage a pure router: no tools, handoffs to every specialist and to Human', () => {
    expect(agent('Triage').tools ?? []).toEqual([]);
    expect(targets('Triage').sort()).toEqual([...SPECIALISTS, HUMAN_AGENT].sort());
  });

  it.each(SPECIALISTS)('%s has tools, hands back to Triage and escalates to Human', (name) => {
    expect((agent(name).tools ?? []).length).toBeGreaterThan(0);
    expect(targets(name).sort()).toEqual([HUMAN_AGENT, 'Triage'].sort());
    expect(agent(name).handoffDescription?.length).toBeGreaterThan(30);
  });

  it.each(SPECIALISTS)('%s has at least 25 distinct examples', (name) => {
    const examples = agent(name).examples ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(25);
    expect(new Set(examples.map((e) => e.toLowerCase())).size).toBe(examples.length);
  });

  it('never lets two agents claim the same example', () => {
    const all = supportGraph.agents.flatMap((a) => (a.examples ?? []).map((e) => e.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(SPECIALISTS)(
    "%s's instructions name each of its tools, when to hand back and when to escalate",
    (name) => {
      const text = instructionsOf(name);
      for (const t of agent(name).tools ?? []) expect(text).toContain(t.name);
      expect(text).toMatch(/hand back to Triage/);
      expect(text).toMatch(/Hand off to Human/);
      const otherTools = supportGraph.agents
        .filter((a) => a.name !== name)
        .flatMap((a) => (a.tools ?? []).map((t) => t.name));
      for (const other of otherTools) expect(text).not.toContain(other);
    },
  );

  it('tells Billing that refunds over the self-service limit wait for approval', () => {
    expect(instructionsOf('Billing')).toMatch(/over \$500 need a billing specialist's approval/);
  });

  it('sets one voice in which handoffs are invisible', () => {
    expect(supportGraph.styleGuide).toMatch(/Handoffs are invisible/);
    expect(supportGraph.styleGuide).toMatch(/never mention transfers/);
  });

  it('uses a context schema whose fields are all optional', () => {
    expect(supportGraph.context).toBe(supportContext);
    expect(supportContext.parse({})).toEqual({});
    const full = {
      callerName: 'Maya Patel',
      email: 'maya@example.com',
      accountId: 'ACC-1001',
      invoiceId: 'INV-2041',
      plan: 'Growth',
      lastRefundId: 'RF-1',
      demoId: 'DEMO-1',
    };
    expect(supportContext.parse(full)).toEqual(full);
    expect(supportContext.safeParse({ plan: 'Enterprise' }).success).toBe(false);
  });
});
