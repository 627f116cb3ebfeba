import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { renderHtmlReport } from '../../src/eval/reportHtml.ts';
import { toJsonReport } from '../../src/eval/reportJson.ts';
import { formatReport } from '../../src/eval/reportText.ts';
import { runRoutingEval, withRouting } from '../../src/eval/routingEval.ts';
import type { Graph } from '../../src/graph/defineGraph.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';

// Plain requests the offline router should get right, one mislabelled row (Growth pricing is Sales,
// labelled Billing) so the eval has a failure to find, and a scenario that switches topic.
const ROWS = [
  { input: 'I was charged twice on invoice INV-2041, please refund it', expected_agent: 'Billing' },
  { input: 'our outbound calls keep failing with error 403', expected_agent: 'TechSupport' },
  { input: 'how much does the Scale plan cost per month', expected_agent: 'Sales' },
  { input: 'I want to speak to a human', expected_agent: 'Human' },
  { input: 'good morning', expected_agent: 'Triage' },
  { id: 'mislabelled', input: 'what does the Growth plan cost', expected_agent: 'Billing' },
  {
    id: 'handback',
    turns: [
      {
        user: 'I want a refund on invoice INV-2041',
        expected_agent: 'Billing',
        expected_path: ['Triage', 'Billing'],
      },
      {
        user: 'also our webhooks keep failing with 500 errors',
        expected_agent: 'TechSupport',
        expected_path: ['Billing', 'Triage', 'TechSupport'],
      },
    ],
  },
];

let graph: Graph;
let dataset: string;
beforeAll(async () => {
  graph = await loadGraph('support');
  const dir = await mkdtemp(join(tmpdir(), 'sb-eval-'));
  dataset = join(dir, 'tiny.jsonl');
  await writeFile(dataset, `${ROWS.map((r) => JSON.stringify(r)).join('\n')}\n{"input": broken}\n`);
});

const run = async (extra: Partial<Parameters<typeof runRoutingEval>[0]> = {}) =>
  runRoutingEval({
    graph,
    graphName: 'support',
    datasetPath: dataset,
    model: 'offline',
    store: createMemoryStore(),
    progress: null,
    ...extra,
  });

describe('routing eval on the support graph with the offline model', () => {
  it('scores every turn, finds the mislabelled row, and counts the malformed line', async () => {
    const report = await run({ judgeModel: 'offline' });
    const s = report.summary;
    expect(s.n).toBe(8);
    expect(s.conversations).toBe(7);
    expect(report.malformed).toEqual([{ line: 8, message: expect.stringMatching(/^invalid JSON/) }]);
    const wrong = report.cases.flatMap((c) => c.turns).filter((t) => !t.correct);
    expect(wrong.map((t) => [t.caseId, t.actual])).toEqual([['mislabelled', 'Sales']]);
    expect(s.accuracy).toBe(7 / 8);
    expect(s.outOfScope).toMatchObject({ n: 1, stayed: 1 });
    expect(s.pathChecked).toBe(2);
    expect(s.pathCorrect).toBe(2);
    const handback = report.cases.find((c) => c.id === 'handback')!.turns[1];
    expect(handback.path).toEqual(['Billing', 'Triage', 'TechSupport']);
    expect(handback.reason).toMatch(/webhook/i);
    const { labels, matrix } = s.confusion;
    expect(matrix[labels.indexOf('Billing')][labels.indexOf('Sales')]).toBe(1);
    expect(s.cost).toEqual({ totalUsd: 0, meanPerConversationUsd: 0 });
    expect(report.judge).toEqual({ available: false, reason: expect.stringMatching(/offline/) });

    const text = formatReport(report);
    expect(text.split('\n')[0]).toBe('accuracy: 0.875 (n=8)');
    expect(text).toContain('judge: unavailable');
    expect(text).toMatch(
      /mislabelled#1: "what does the Growth plan cost" expected Billing, got Triage → Sales/,
    );
    const json = toJsonReport(report);
    expect(json.rows).toHaveLength(8);
    expect(Object.keys(json.rows[0])).toEqual(
      expect.arrayContaining(['input', 'expected', 'actual', 'path', 'reason', 'confidence', 'latencyMs']),
    );
  });

  it('writes an HTML report with the confusion matrix, escaping the inputs', async () => {
    const report = await run();
    report.cases[0].turns[0].input = '<script>alert(1)</script>';
    const html = renderHtmlReport(report);
    expect(html).toContain('<h2>Confusion matrix</h2>');
    const { labels, matrix } = report.summary.confusion;
    const billing = labels.indexOf('Billing');
    const row = html.match(/<tr><th class="l">Billing<\/th>(.*?)<\/tr>/)?.[1] ?? '';
    expect([...row.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((m) => Number(m[1]))).toEqual(matrix[billing]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });

  it('compares with the mega-agent baseline built from the same graph', async () => {
    const report = await run({ baseline: 'mega' });
    expect(report.baseline?.agent).toBe('Assistant');
    expect(report.baseline?.summary.n).toBe(8);
    const megaTurns = report.baseline!.cases.flatMap((c) => c.turns);
    // The mega agent answers everything itself: its routed agent comes from the tools it used.
    for (const t of megaTurns) expect(t.path[0]).toBe('Assistant');
    expect(new Set(megaTurns.map((t) => t.actual)).size).toBeGreaterThan(1);
    expect(formatReport(report)).toMatch(/routing accuracy\s+0\.875\s+\d\.\d{3}/);
  });

  it('perturbs inputs the same way on every run with the same seed', async () => {
    const a = await run({ noise: { kind: 'asr', seed: 7 } });
    const b = await run({ noise: { kind: 'asr', seed: 7 } });
    const inputs = (r: typeof a) => r.cases.flatMap((c) => c.turns).map((t) => t.input);
    expect(inputs(a)).toEqual(inputs(b));
    expect(inputs(a)[0]).toMatch(/^i was charged twice on invoice inv two zero four one/);
    expect(a.cases[0].turns[0].originalInput).toBe(ROWS[0].input);
    expect(a.summary.accuracy).toBe(b.summary.accuracy);
    expect(a.settings.noise).toEqual({ kind: 'asr', seed: 7 });
  });

  it('overrides the routing mode and threshold on a copy of the graph, and notes it is moot offline', async () => {
    const copy = withRouting(graph, 'hybrid', 0.8);
    expect(copy.routing).toEqual({ mode: 'hybrid', threshold: 0.8 });
    expect(graph.routing).toEqual({ mode: 'llm', threshold: 0.56 }); // support's default, chosen on held-out rows
    const report = await run({ routing: 'hybrid', threshold: 0.8 });
    expect(report.settings.routing).toEqual({ mode: 'hybrid', threshold: 0.8 });
    expect(report.notes.join(' ')).toMatch(/offline model routes every turn with its own local classifier/);
    expect(formatReport(report)).toMatch(/hybrid routing: \d\.\d{3} of turns routed locally/);
  });
});
