import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { supportGraph } from '../../../templates/support/graph.ts';

/**
 * `routing.jsonl` is the held-out routing set for the support graph: it only measures something if it
 * is well-formed, labels real agents, and does not repeat the sentences the router trains on.
 */

type Row = { input: string; expected_agent: string };

const lines = readFileSync(new URL('../../../templates/support/routing.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

/** Case, punctuation and spacing do not make a sentence new. */
const canonical = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('routing.jsonl', () => {
  const rows: Row[] = lines.map((line, i) => {
    try {
      return JSON.parse(line) as Row;
    } catch {
      throw new Error(`routing.jsonl line ${i + 1} is not valid JSON: ${line}`);
    }
  });
  const graph = defineGraph(supportGraph);

  it('has at least 160 rows, each with a non-empty input and an expected agent', () => {
    expect(rows.length).toBeGreaterThanOrEqual(160);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['expected_agent', 'input']);
      expect(typeof row.input === 'string' && row.input.trim().length > 0, JSON.stringify(row)).toBe(true);
    }
  });

  it('labels only agents of the graph (the built-in Human included)', () => {
    const agents = new Set(graph.agents.map((a) => a.name));
    const unknown = rows.filter((r) => !agents.has(r.expected_agent));
    expect(unknown).toEqual([]);
  });

  it('covers every agent, with the planned share of specialists, Human and out-of-scope rows', () => {
    const count = (agent: string) => rows.filter((r) => r.expected_agent === agent).length;
    for (const specialist of ['Billing', 'TechSupport', 'Sales'])
      expect(count(specialist)).toBeGreaterThanOrEqual(35);
    expect(count('Human')).toBeGreaterThanOrEqual(12);
    expect(count('Triage')).toBeGreaterThanOrEqual(20);
  });

  it('shares no input with any example the router trains on, nor repeats itself', () => {
    const examples = new Set(graph.agents.flatMap((a) => a.examples).map(canonical));
    const leaked = rows.filter((r) => examples.has(canonical(r.input))).map((r) => r.input);
    expect(leaked).toEqual([]);
    const inputs = rows.map((r) => canonical(r.input));
    expect(new Set(inputs).size).toBe(inputs.length);
  });
});
