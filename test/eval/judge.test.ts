import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import {
  createJudge,
  JUDGE_RUBRIC,
  judgeOutcomes,
  judgeUnavailableReason,
  parseVerdict,
} from '../../src/eval/judge.ts';
import { formatReport } from '../../src/eval/reportText.ts';
import { runRoutingEval } from '../../src/eval/routingEval.ts';
import type { CaseOutcome, TurnOutcome } from '../../src/eval/types.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../testing/models/fakeOpenAIServer.ts';

let fake: FakeOpenAIServer;
beforeEach(async () => {
  fake = await startFakeOpenAIServer();
});
afterEach(() => fake.close());

const env = () => ({ OPENAI_BASE_URL: `${fake.url}/v1` }) as NodeJS.ProcessEnv;

function turnWith(input: string, handoffs: TurnOutcome['handoffs']): TurnOutcome {
  return {
    caseId: 'c',
    line: 1,
    turn: 1,
    input,
    expected: ['Billing'],
    actual: handoffs.at(-1)?.to ?? 'Triage',
    path: ['Triage', ...handoffs.map((h) => h.to)],
    handoffs,
    reason: handoffs.at(-1)?.reason ?? null,
    decisions: [],
    confidence: null,
    routedLocally: false,
    latencyMs: 1,
    usage: { requests: 1, inputTokens: 10, outputTokens: 5 },
    costUsd: null,
    loopCapTrip: false,
    correct: true,
    pathCorrect: null,
  };
}

describe('handoff-reason judge', () => {
  it('is unavailable offline and says why', () => {
    expect(judgeUnavailableReason('offline')).toMatch(/needs an LLM/);
    expect(judgeUnavailableReason('openai:gpt-4.1-mini')).toBeNull();
    expect(() => createJudge('offline')).toThrow(/needs an LLM/);
  });

  it('sends the rubric and the handoff to the model and reads the JSON score', async () => {
    fake.enqueue({ text: '```json\n{"score": 0.9, "why": "names the invoice and the double charge"}\n```' });
    const judge = createJudge('openai:gpt-4.1-mini', env());
    const verdict = await judge.score({
      userText: 'I was charged twice on INV-2041',
      from: 'Triage',
      to: 'Billing',
      targetArea: 'Invoices and refunds',
      reason: 'Customer reports a double charge on INV-2041',
    });
    expect(verdict).toEqual({
      from: 'Triage',
      to: 'Billing',
      score: 0.9,
      why: 'names the invoice and the double charge',
    });
    const body = fake.requests[0].body;
    expect(fake.requests[0].path).toBe('/v1/chat/completions');
    expect(body.model).toBe('gpt-4.1-mini');
    const messages = JSON.stringify(body.messages);
    expect(messages).toContain(JSON.stringify(JUDGE_RUBRIC).slice(1, 60));
    expect(messages).toContain('Customer reports a double charge on INV-2041');
  });

  it('scores every model-made handoff, skips policy fallbacks, and survives unparseable replies', async () => {
    fake.enqueue(
      { text: '{"score": 1, "why": "specific"}' },
      { text: 'I would say it is fine' },
      { text: '{"score": 0.2, "why": "generic"}' },
    );
    const cases: CaseOutcome[] = [
      {
        id: 'a',
        line: 1,
        kind: 'scenario',
        turns: [
          turnWith('refund INV-2041', [
            { from: 'Triage', to: 'Billing', reason: 'refund on INV-2041', kind: 'handoff' },
          ]),
          turnWith('my webhooks fail', [
            { from: 'Billing', to: 'Triage', reason: 'webhooks', kind: 'handoff' },
            { from: 'Triage', to: 'TechSupport', reason: 'help', kind: 'handoff' },
            { from: 'TechSupport', to: 'Human', reason: 'policy: cap', kind: 'fallback' },
          ]),
        ],
      },
    ];
    const graph = await loadGraph('support');
    const result = await judgeOutcomes(cases, graph, createJudge('openai:gpt-4.1-mini', env()), 1);
    expect(result).toEqual({ judged: 3, meanScore: 0.6, failed: 1 });
    expect(fake.requests).toHaveLength(3);
    expect(cases[0].turns[0].judge).toEqual([{ from: 'Triage', to: 'Billing', score: 1, why: 'specific' }]);
    expect(cases[0].turns[1].judge?.map((v) => v.score)).toEqual([null, 0.2]);
    expect(cases[0].turns[1].judge?.[0].why).toMatch(/^unparseable judge reply/);
    // The target's area comes from the graph, so the judge can tell whether the reason is topical.
    expect(JSON.stringify(fake.requests[2].body.messages)).toContain('Technical support');
  });

  it('records a failed call as unscored instead of failing the eval', async () => {
    fake.enqueue({ error: { status: 400, message: 'bad request' } });
    const verdict = await createJudge('openai:gpt-4.1-mini', env()).score({
      userText: 'x',
      from: 'Triage',
      to: 'Sales',
      targetArea: 'Sales',
      reason: 'y',
    });
    expect(verdict.score).toBeNull();
    expect(verdict.why).toMatch(/^judge call failed: /);
  });

  it('clamps scores to 0..1', () => {
    expect(parseVerdict('{"score": 1.7, "why": ""}').score).toBe(1);
    expect(parseVerdict('{"score": -2}').score).toBe(0);
    expect(parseVerdict('{"why": "no score"}').score).toBeNull();
  });

  it('grades the handoff reasons of an offline-routed eval when --judge-model names an LLM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-judge-'));
    const dataset = join(dir, 'rows.jsonl');
    await writeFile(
      dataset,
      [
        '{"input": "I want to speak to a human", "expected_agent": "Human"}',
        '{"input": "good morning", "expected_agent": "Triage"}',
      ].join('\n'),
    );
    fake.enqueue({ text: '{"score": 0.75, "why": "topical, quotes the request"}' });
    const report = await runRoutingEval({
      graph: await loadGraph('support'),
      graphName: 'support',
      datasetPath: dataset,
      model: 'offline',
      store: createMemoryStore(),
      judgeModel: 'openai:gpt-4.1-mini',
      env: env(),
      progress: null,
    });
    // One handoff (Triage → Human) to grade; the greeting stays with Triage and has none.
    expect(fake.requests).toHaveLength(1);
    expect(report.judge).toEqual({
      available: true,
      model: 'openai:gpt-4.1-mini',
      judged: 1,
      meanScore: 0.75,
      failed: 0,
    });
    expect(report.cases[0].turns[0].judge).toEqual([
      { from: 'Triage', to: 'Human', score: 0.75, why: 'topical, quotes the request' },
    ]);
    expect(formatReport(report)).toContain(
      'judge (openai:gpt-4.1-mini): mean handoff-reason score 0.750 over 1 handoffs',
    );
  });
});
