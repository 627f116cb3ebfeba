import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { loadDataset, parseDataset } from '../../src/eval/dataset.ts';

const AGENTS = ['Triage', 'Billing', 'TechSupport', 'Sales', 'Human'];

describe('parseDataset', () => {
  it('reads single-turn rows, with one or several acceptable agents and an optional path', () => {
    const source = [
      '{"input": "I was charged twice", "expected_agent": "Billing"}',
      '{"id": "plans", "input": "what does Growth cost", "expected_agent": ["Sales", "Billing"], "expected_path": ["Triage", "Sales"]}',
    ].join('\n');
    const { cases, malformed } = parseDataset(source, { agents: AGENTS });
    expect(malformed).toEqual([]);
    expect(cases).toEqual([
      {
        id: 'line-1',
        line: 1,
        kind: 'single',
        context: undefined,
        turns: [{ input: 'I was charged twice', expected: ['Billing'] }],
      },
      {
        id: 'plans',
        line: 2,
        kind: 'single',
        context: undefined,
        turns: [
          {
            input: 'what does Growth cost',
            expected: ['Sales', 'Billing'],
            expectedPath: ['Triage', 'Sales'],
          },
        ],
      },
    ]);
  });

  it('reads multi-turn scenarios with their context', () => {
    const line = JSON.stringify({
      id: 'switch',
      context: { accountId: 'ACC-1001' },
      turns: [
        { user: 'refund INV-2041', expected_agent: 'Billing' },
        {
          user: 'also my webhooks fail',
          expected_agent: 'TechSupport',
          expected_path: ['Billing', 'Triage', 'TechSupport'],
        },
      ],
    });
    const { cases } = parseDataset(line, { agents: AGENTS });
    expect(cases[0]).toMatchObject({ id: 'switch', kind: 'scenario', context: { accountId: 'ACC-1001' } });
    expect(cases[0].turns[1]).toEqual({
      input: 'also my webhooks fail',
      expected: ['TechSupport'],
      expectedPath: ['Billing', 'Triage', 'TechSupport'],
    });
  });

  it('reports every malformed line with its line number and keeps the good ones', () => {
    const source = [
      '{"input": "fine", "expected_agent": "Billing"}',
      '{"input": "missing the closing brace", "expected_agent": "Sales"',
      '',
      '{"input": "", "expected_agent": "Sales"}',
      '{"turns": [{"user": "hi", "expected_agent": "Triage"}]}',
      '{"id": "x", "turns": []}',
      '[1, 2]',
      '{"input": "who?", "expected_agent": "Biling"}',
      '{"id": "dup", "input": "a", "expected_agent": "Sales"}',
      '{"id": "dup", "input": "b", "expected_agent": "Sales"}',
      '// a comment line is skipped',
      '{"input": "also fine", "expected_agent": ["TechSupport"]}',
    ].join('\n');
    const { cases, malformed } = parseDataset(source, { agents: AGENTS });
    expect(cases.map((c) => c.line)).toEqual([1, 9, 12]);
    expect(malformed.map((m) => m.line)).toEqual([2, 4, 5, 6, 7, 8, 10]);
    const byLine = new Map(malformed.map((m) => [m.line, m.message]));
    expect(byLine.get(2)).toMatch(/^invalid JSON/);
    expect(byLine.get(4)).toMatch(/^input: /);
    expect(byLine.get(5)).toMatch(/^id: /);
    expect(byLine.get(6)).toMatch(/at least one turn/);
    expect(byLine.get(7)).toBe('expected a JSON object');
    expect(byLine.get(8)).toMatch(/unknown agent "Biling"/);
    expect(byLine.get(10)).toBe('duplicate id "dup"');
  });

  it('does not check agent names when no graph agents are given', () => {
    const { cases, malformed } = parseDataset('{"input": "x", "expected_agent": "Anyone"}');
    expect(malformed).toEqual([]);
    expect(cases).toHaveLength(1);
  });

  it('loads a file and names it when it cannot be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-dataset-'));
    const file = join(dir, 'rows.jsonl');
    await writeFile(file, '{"input": "hello", "expected_agent": "Triage"}\n');
    expect((await loadDataset(file)).cases).toHaveLength(1);
    await expect(loadDataset(join(dir, 'missing.jsonl'))).rejects.toThrow(
      /cannot read dataset .*missing\.jsonl: ENOENT/,
    );
  });
});

describe('shipped datasets', () => {
  it('scenarios.jsonl holds at least 30 valid multi-turn conversations with topic switches through Triage', async () => {
    const { cases, malformed } = await loadDataset(
      new URL('../../templates/support/scenarios.jsonl', import.meta.url).pathname,
      { agents: AGENTS },
    );
    expect(malformed).toEqual([]);
    const multi = cases.filter((c) => c.kind === 'scenario' && c.turns.length >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(30);
    // A handback: a specialist returns the conversation to Triage, which routes it on.
    const handbacks = cases
      .flatMap((c) => c.turns)
      .filter((t) => t.expectedPath?.length === 3 && t.expectedPath[1] === 'Triage');
    expect(handbacks.length).toBeGreaterThanOrEqual(10);
    // Held out: no message is one of the sentences the local router trains on.
    const canonical = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const graph = await loadGraph('support');
    const examples = new Set(graph.agents.flatMap((a) => a.examples).map(canonical));
    const leaked = cases.flatMap((c) => c.turns).filter((t) => examples.has(canonical(t.input)));
    expect(leaked.map((t) => t.input)).toEqual([]);
  });
});
