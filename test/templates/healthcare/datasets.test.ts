import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { healthcareGraph } from '../../../templates/healthcare/graph.ts';

/**
 * `routing.jsonl` and `scenarios.jsonl` are held-out sets: they only measure something if they are
 * well-formed, label real agents and share no sentence with the examples the routers train on.
 */
type Turn = { user: string; expected_agent: string; expected_path?: string[] };
const read = (file: string) =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

const routing: { input: string; expected_agent: string }[] = read(
  '../../../templates/healthcare/routing.jsonl',
);
const scenarios: { id: string; turns: Turn[] }[] = read('../../../templates/healthcare/scenarios.jsonl');
const graph = defineGraph(healthcareGraph);
const agents = new Set(graph.agents.map((a) => a.name));
const canonical = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const examples = new Set(graph.agents.flatMap((a) => a.examples).map(canonical));

describe('healthcare datasets', () => {
  it('routing.jsonl: at least 100 rows over Receptionist, Clinical and Human, emergencies included', () => {
    expect(routing.length).toBeGreaterThanOrEqual(100);
    const count = (a: string) => routing.filter((r) => r.expected_agent === a).length;
    expect(count('Receptionist')).toBeGreaterThanOrEqual(40);
    expect(count('Clinical')).toBeGreaterThanOrEqual(35);
    expect(count('Human')).toBeGreaterThanOrEqual(20);
    expect(routing.every((r) => agents.has(r.expected_agent))).toBe(true);
  });

  it('scenarios.jsonl: at least 15 multi-turn conversations, every turn labelled, paths naming real agents', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const s of scenarios) {
      expect(s.turns.length, s.id).toBeGreaterThanOrEqual(2);
      for (const t of s.turns) {
        expect(agents.has(t.expected_agent), s.id).toBe(true);
        for (const a of t.expected_path ?? []) expect(agents.has(a), s.id).toBe(true);
        if (t.expected_path) expect(t.expected_path.at(-1), s.id).toBe(t.expected_agent);
      }
    }
  });

  it('shares no input with any training example and repeats none', () => {
    const inputs = [...routing.map((r) => r.input), ...scenarios.flatMap((s) => s.turns.map((t) => t.user))];
    expect(inputs.filter((i) => examples.has(canonical(i)))).toEqual([]);
    const routingInputs = routing.map((r) => canonical(r.input));
    expect(new Set(routingInputs).size).toBe(routingInputs.length);
  });
});
