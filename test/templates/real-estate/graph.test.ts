import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { HUMAN_AGENT } from '../../../src/graph/types.ts';
import { realEstateGraph } from '../../../templates/real-estate/graph.ts';
import { realEstateSetupSql } from '../../../templates/real-estate/setup.ts';

const SPECIALISTS = [
  'BuyerQualifier',
  'SellerIntake',
  'TourBooker',
  'FinancingQuoter',
  'ComparablePuller',
  'NeighborhoodExplainer',
  'PhotoAnalyst',
  'CrmWriter',
  'Escalation',
];
const PHOTO_TOOL = 'analyze_listing_photo';
const agent = (name: string) => realEstateGraph.agents.find((a) => a.name === name)!;

describe('realEstateGraph', () => {
  it('passes graph validation without warnings: Triage in front of nine specialists, plus Human', () => {
    const graph = defineGraph(realEstateGraph);
    expect(graph.warnings).toEqual([]);
    expect(graph.entry).toBe('Triage');
    expect(graph.agents.map((a) => a.name).sort()).toEqual([...SPECIALISTS, 'Triage', HUMAN_AGENT].sort());
    expect(graph.setupSql).toBe(realEstateSetupSql);
  });

  it('is a star: Triage reaches every specialist, and every specialist hands back to Triage', () => {
    const graph = defineGraph(realEstateGraph);
    const targets = (name: string) => graph.byName.get(name)!.handoffs.map((e) => e.to);
    expect(targets('Triage').sort()).toEqual([...SPECIALISTS, HUMAN_AGENT].sort());
    expect(graph.byName.get('Triage')!.tools).toEqual([]);
    for (const name of SPECIALISTS) {
      expect(targets(name)).toContain('Triage');
      expect(graph.byName.get(name)!.tools.length).toBeGreaterThan(0);
    }
  });

  it('injects photo analysis on three edges only, and no agent owns it', () => {
    const graph = defineGraph(realEstateGraph);
    for (const a of graph.agents) expect(a.tools.map((t) => t.name)).not.toContain(PHOTO_TOOL);
    const injecting = graph.agents.flatMap((a) =>
      a.handoffs
        .filter((e) => (e.injectTools ?? []).some((t) => t.name === PHOTO_TOOL))
        .map((e) => `${e.from}->${e.to}`),
    );
    expect(injecting.sort()).toEqual([
      'SellerIntake->PhotoAnalyst',
      'Triage->PhotoAnalyst',
      'Triage->SellerIntake',
    ]);
  });

  it('keeps record_lead with CrmWriter alone', () => {
    const owners = realEstateGraph.agents.filter((a) =>
      (a.tools ?? []).some((t) => t.name === 'record_lead'),
    );
    expect(owners.map((a) => a.name)).toEqual(['CrmWriter']);
  });

  it.each(SPECIALISTS)('%s has at least 15 distinct examples', (name) => {
    const examples = agent(name).examples ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(new Set(examples.map((e) => e.toLowerCase())).size).toBe(examples.length);
  });
});
