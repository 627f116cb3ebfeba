import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { HUMAN_AGENT } from '../../../src/graph/types.ts';
import { salonContext } from '../../../templates/salon/context.ts';
import { salonGraph } from '../../../templates/salon/graph.ts';
import { salonSetupSql } from '../../../templates/salon/setup.ts';

const SPECIALISTS = ['Booking', 'ColorConsultation', 'CustomerService'];
const agent = (name: string) => salonGraph.agents.find((a) => a.name === name)!;
const targets = (name: string) => (agent(name).handoffs ?? []).map((e) => (typeof e === 'string' ? e : e.to));
const instructionsOf = (name: string) => {
  const i = agent(name).instructions;
  return typeof i === 'string' ? i : i({});
};

describe('salonGraph', () => {
  it('passes graph validation without warnings, with FrontDesk as entry and Human added', () => {
    const graph = defineGraph(salonGraph);
    expect(graph.warnings).toEqual([]);
    expect(graph.entry).toBe('FrontDesk');
    expect(graph.agents.map((a) => a.name).sort()).toEqual([...SPECIALISTS, 'FrontDesk', HUMAN_AGENT].sort());
    expect(graph.setupSql).toBe(salonSetupSql);
    expect(graph.policy.escalateTo).toBe(HUMAN_AGENT);
  });

  it('keeps FrontDesk a pure router: no tools, an edge to every specialist and to Human', () => {
    expect(agent('FrontDesk').tools ?? []).toEqual([]);
    expect(targets('FrontDesk').sort()).toEqual([...SPECIALISTS, HUMAN_AGENT].sort());
  });

  it.each(SPECIALISTS)(
    '%s hands off directly to the other specialists, back to FrontDesk, and to Human',
    (name) => {
      const peers = SPECIALISTS.filter((s) => s !== name);
      expect(targets(name).sort()).toEqual([...peers, 'FrontDesk', HUMAN_AGENT].sort());
      expect((agent(name).tools ?? []).length).toBeGreaterThan(0);
      expect(agent(name).handoffDescription?.length).toBeGreaterThan(40);
    },
  );

  it('gives every specialist get_booking, so any of them can answer about the booking after a handoff', () => {
    for (const name of SPECIALISTS) expect(agent(name).tools!.map((t) => t.name)).toContain('get_booking');
  });

  it('keeps the tools that change a booking with the agents whose job it is', () => {
    const owners = (tool: string) => SPECIALISTS.filter((n) => agent(n).tools!.some((t) => t.name === tool));
    expect(owners('book_appointment')).toEqual(['Booking']);
    expect(owners('reschedule_booking')).toEqual(['CustomerService']);
    expect(owners('cancel_booking')).toEqual(['CustomerService']);
    expect(owners('log_complaint')).toEqual(['CustomerService']);
    expect(owners('color_quote')).toEqual(['ColorConsultation']);
  });

  it.each(SPECIALISTS)('%s has at least 20 distinct examples', (name) => {
    const examples = agent(name).examples ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(new Set(examples.map((e) => e.toLowerCase())).size).toBe(examples.length);
  });

  it('never lets two agents claim the same example', () => {
    const all = salonGraph.agents.flatMap((a) => (a.examples ?? []).map((e) => e.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(SPECIALISTS)(
    "%s's instructions name each of its tools and every colleague it can hand to",
    (name) => {
      const text = instructionsOf(name);
      for (const t of agent(name).tools ?? []) expect(text).toContain(t.name);
      for (const peer of targets(name)) expect(text).toContain(peer);
    },
  );

  it('allows more handoffs than a star needs, but still caps them', () => {
    expect(salonGraph.policy?.maxHandoffs).toBeGreaterThan(5);
    expect(salonGraph.policy?.maxHandoffs).toBeLessThanOrEqual(10);
  });

  it('uses a context schema whose fields are all optional and whose booking reference is checked', () => {
    expect(salonContext.parse({})).toEqual({});
    const full = {
      customerName: 'Dana Ruiz',
      phone: '07700 900123',
      bookingRef: 'GB-20310613-004',
      quotedService: 'COL-BAL',
      quotedLength: 'long',
      complaintRef: 'CMP-2',
    };
    expect(salonContext.parse(full)).toEqual(full);
    expect(salonContext.safeParse({ bookingRef: 'GB-2031' }).success).toBe(false);
    expect(salonContext.safeParse({ quotedLength: 'very long' }).success).toBe(false);
  });
});
