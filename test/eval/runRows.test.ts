import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/eval/dataset.ts';
import { createProgress } from '../../src/eval/progress.ts';
import { runCases } from '../../src/eval/runRows.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

const transfer = (to: string, reason: string, callId: string) =>
  functionCall(`transfer_to_${to}`, { reason, intent: null }, { callId });

async function switchboard(scripts: Parameters<typeof scriptedModels>[0], graph = exampleGraph()) {
  const { factory } = scriptedModels(scripts);
  return Switchboard.create({ graph, store: createMemoryStore(), models: factory });
}

describe('runCases', () => {
  it('scores a multi-turn scenario turn by turn, including a handback through Triage', async () => {
    const sb = await switchboard({
      Triage: [[transfer('Billing', 'refund on INV-9', 'c1')], [transfer('Tech', 'webhooks failing', 'c3')]],
      Billing: [[assistantMessage('Refunded INV-9.')], [transfer('Triage', 'now asks about webhooks', 'c2')]],
      Tech: [[assistantMessage('Let me check your webhooks.')]],
    });
    const { cases } = parseDataset(
      JSON.stringify({
        id: 'switch',
        turns: [
          { user: 'refund INV-9', expected_agent: 'Billing', expected_path: ['Triage', 'Billing'] },
          {
            user: 'also my webhooks fail',
            expected_agent: 'Tech',
            expected_path: ['Billing', 'Triage', 'Tech'],
          },
        ],
      }),
    );
    const [outcome] = await runCases(sb, cases, {
      price: { inputPerMTok: 0, outputPerMTok: 0 },
      concurrency: 1,
    });
    expect(outcome.turns.map((t) => [t.actual, t.path, t.correct, t.pathCorrect])).toEqual([
      ['Billing', ['Triage', 'Billing'], true, true],
      ['Tech', ['Billing', 'Triage', 'Tech'], true, true],
    ]);
    expect(outcome.turns[1].reason).toBe('webhooks failing');
    expect(outcome.turns[1].handoffs.map((h) => `${h.from}->${h.to}`)).toEqual([
      'Billing->Triage',
      'Triage->Tech',
    ]);
    // Scripted models are LLM-path models: their decisions are recorded as such, without a confidence.
    expect(outcome.turns[1].decisions).toEqual([
      { agent: 'Billing', path: 'llm', target: 'Triage', confidence: null },
      { agent: 'Triage', path: 'llm', target: 'Tech', confidence: null },
    ]);
    expect(outcome.turns[1].routedLocally).toBe(false);
  });

  it('fails a turn that reached the right agent by the wrong route, and records loop-cap trips', async () => {
    const sb = await switchboard(
      {
        Triage: [[transfer('Billing', 'billing', 'c1')]],
        Billing: [[transfer('Tech', 'tech', 'c2')]],
        Tech: [[transfer('Sales', 'sales', 'c3')]],
      },
      exampleGraph({ policy: { maxHandoffs: 2 } }),
    );
    const { cases } = parseDataset(
      '{"input": "help with everything", "expected_agent": "Human", "expected_path": ["Triage", "Billing", "Human"]}',
    );
    const [outcome] = await runCases(sb, cases, { price: null, concurrency: 1 });
    const turn = outcome.turns[0];
    expect(turn.actual).toBe('Human');
    expect(turn.path).toEqual(['Triage', 'Billing', 'Tech', 'Human']);
    expect(turn).toMatchObject({ correct: false, pathCorrect: false, loopCapTrip: true });
    expect(turn.costUsd).toBeNull();
  });

  it('records a case that cannot run (invalid context) as failed turns and goes on', async () => {
    const sb = await switchboard({ Triage: [[assistantMessage('Hello!')]] });
    const { cases } = parseDataset(
      [
        '{"input": "hi", "expected_agent": "Triage", "context": {"accountId": "not-an-account"}}',
        '{"input": "hello", "expected_agent": "Triage"}',
      ].join('\n'),
    );
    const outcomes = await runCases(sb, cases, { price: null, concurrency: 1 });
    expect(outcomes[0].turns[0]).toMatchObject({ actual: null, correct: false });
    expect(outcomes[0].turns[0].error).toMatch(/invalid context: accountId/);
    expect(outcomes[1].turns[0]).toMatchObject({ actual: 'Triage', correct: true });
  });

  it('keeps dataset order under concurrency and applies the transform per (case, turn)', async () => {
    const sb = await switchboard({ Triage: Array.from({ length: 6 }, () => [assistantMessage('ok')]) });
    const { cases } = parseDataset(
      Array.from({ length: 6 }, (_, i) =>
        JSON.stringify({ input: `message ${i}`, expected_agent: 'Triage' }),
      ).join('\n'),
    );
    let finished = 0;
    const outcomes = await runCases(sb, cases, {
      price: null,
      concurrency: 3,
      transform: (text, caseId, turn) => `${text} [${caseId}/${turn}]`,
      onCaseDone: () => finished++,
    });
    expect(finished).toBe(6);
    expect(outcomes.map((o) => o.turns[0].input)).toEqual(
      Array.from({ length: 6 }, (_, i) => `message ${i} [line-${i + 1}/1]`),
    );
    expect(outcomes[0].turns[0].originalInput).toBe('message 0');
  });
});

describe('progress', () => {
  it('prints a line per 10% when stderr is not a terminal, and a redrawn bar when it is', () => {
    const lines: string[] = [];
    const plain = createProgress(20, 'eval', { isTTY: false, write: (s) => lines.push(s) });
    for (let i = 0; i < 20; i++) plain.tick();
    plain.done();
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('eval: 10% (2/20)\n');
    expect(lines.at(-1)).toBe('eval: 100% (20/20)\n');

    const frames: string[] = [];
    const bar = createProgress(4, 'eval', { isTTY: true, write: (s) => frames.push(s) });
    for (let i = 0; i < 4; i++) bar.tick();
    bar.done();
    expect(frames).toHaveLength(5);
    expect(frames[1]).toMatch(/^\reval \[#{15}\.{15}\] 2\/4 50%$/);
    expect(frames.at(-1)).toBe('\n');
  });
});
