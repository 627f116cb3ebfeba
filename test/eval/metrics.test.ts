import { describe, expect, it } from 'vitest';
import { confusionMatrix, perAgentScores, percentile, scoreTurn, summarize } from '../../src/eval/metrics.ts';
import type { CaseOutcome, TurnOutcome } from '../../src/eval/types.ts';

/** A scored turn with only the fields a test cares about set. */
function turn(
  expected: string | string[],
  actual: string | null,
  extra: Partial<TurnOutcome> = {},
): TurnOutcome {
  const exp = typeof expected === 'string' ? [expected] : expected;
  return {
    caseId: 'c',
    line: 1,
    turn: 1,
    input: 'text',
    expected: exp,
    actual,
    path: actual ? ['Triage', actual] : [],
    handoffs: [],
    reason: null,
    decisions: [],
    confidence: null,
    routedLocally: false,
    latencyMs: 10,
    usage: { requests: 0, inputTokens: 0, outputTokens: 0 },
    costUsd: 0,
    loopCapTrip: false,
    correct: actual !== null && exp.includes(actual),
    pathCorrect: null,
    ...extra,
  };
}

const single = (t: TurnOutcome, id = Math.random().toString()): CaseOutcome => ({
  id,
  line: 1,
  kind: 'single',
  turns: [t],
});

describe('scoreTurn', () => {
  it('accepts any expected agent and checks the path only when one is expected', () => {
    expect(scoreTurn({ expected: ['Sales', 'Billing'] }, 'Billing', ['Triage', 'Billing'])).toEqual({
      correct: true,
      pathCorrect: null,
    });
    expect(scoreTurn({ expected: ['Billing'] }, 'Sales', ['Triage', 'Sales']).correct).toBe(false);
    const handback = { expected: ['TechSupport'], expectedPath: ['Billing', 'Triage', 'TechSupport'] };
    expect(scoreTurn(handback, 'TechSupport', ['Billing', 'Triage', 'TechSupport'])).toEqual({
      correct: true,
      pathCorrect: true,
    });
    // Right final agent, wrong route (a detour through Sales): the turn fails.
    expect(
      scoreTurn(handback, 'TechSupport', ['Billing', 'Triage', 'Sales', 'Triage', 'TechSupport']),
    ).toEqual({
      correct: false,
      pathCorrect: false,
    });
    expect(scoreTurn(handback, 'TechSupport', ['Billing', 'TechSupport'], false).correct).toBe(true);
  });
});

describe('confusion matrix and per-agent scores', () => {
  // Billing: 3 expected, 2 right, 1 went to Sales. Sales: 2 expected, 1 right, 1 stayed at Triage.
  // Triage: 1 expected, went to Sales. An acceptable alternative counts under the agent it reached.
  const turns = [
    turn('Billing', 'Billing'),
    turn('Billing', 'Billing'),
    turn('Billing', 'Sales'),
    turn('Sales', 'Sales'),
    turn('Sales', 'Triage'),
    turn('Triage', 'Sales'),
    turn(['Sales', 'Billing'], 'Billing'),
  ];

  it('counts rows by expected label and columns by actual agent', () => {
    const { labels, matrix } = confusionMatrix(turns);
    expect(labels).toEqual(['Billing', 'Sales', 'Triage']);
    expect(matrix).toEqual([
      [3, 1, 0],
      [0, 1, 1],
      [0, 1, 0],
    ]);
  });

  it('computes precision, recall and F1 per agent from the matrix', () => {
    const scores = Object.fromEntries(perAgentScores(confusionMatrix(turns)).map((s) => [s.agent, s]));
    expect(scores.Billing).toEqual({ agent: 'Billing', precision: 1, recall: 0.75, f1: 6 / 7, support: 4 });
    expect(scores.Sales.precision).toBeCloseTo(1 / 3);
    expect(scores.Sales.recall).toBeCloseTo(1 / 2);
    expect(scores.Sales.f1).toBeCloseTo(0.4);
    expect(scores.Triage).toEqual({ agent: 'Triage', precision: 0, recall: 0, f1: 0, support: 1 });
  });

  it('puts failed turns in an (error) column that has no score row of its own', () => {
    const { labels, matrix } = confusionMatrix([turn('Billing', null), turn('Billing', 'Billing')]);
    expect(labels).toEqual(['Billing', '(error)']);
    expect(matrix).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(perAgentScores({ labels, matrix }).map((s) => s.agent)).toEqual(['Billing']);
  });

  it('leaves failed turns out of the latency figures and counts them as errors', () => {
    const s = summarize(
      [
        single(turn('Billing', null, { error: 'boom', latencyMs: 0 })),
        single(turn('Billing', 'Billing', { latencyMs: 40 })),
      ],
      { entry: 'Triage' },
    );
    expect(s.errors).toBe(1);
    expect(s.latency).toEqual({ meanMs: 40, p50Ms: 40, p95Ms: 40 });
  });
});

describe('summarize', () => {
  it('reports accuracy, out-of-scope handling, handoffs, loop-cap trips, local share, latency and cost', () => {
    const handoff = { from: 'Triage', to: 'Billing', reason: 'r', kind: 'handoff' };
    const cases: CaseOutcome[] = [
      single(
        turn('Billing', 'Billing', { handoffs: [handoff], routedLocally: true, latencyMs: 5, costUsd: 0.01 }),
      ),
      single(turn('Triage', 'Triage', { latencyMs: 7, costUsd: 0.01 })),
      single(turn('Triage', 'Sales', { routedLocally: true, latencyMs: 100, costUsd: 0.02 })),
      {
        id: 'multi',
        line: 4,
        kind: 'scenario',
        turns: [
          turn('Billing', 'Billing', { handoffs: [handoff], latencyMs: 20, costUsd: 0 }),
          turn('TechSupport', 'Human', {
            handoffs: [
              { from: 'Billing', to: 'TechSupport', reason: 'x', kind: 'rejected' },
              { from: 'Billing', to: 'Human', reason: 'policy', kind: 'fallback' },
            ],
            loopCapTrip: true,
            latencyMs: 30,
            costUsd: 0.04,
          }),
        ],
      },
    ];
    const s = summarize(cases, { entry: 'Triage' });
    expect(s).toMatchObject({ n: 5, correct: 3, accuracy: 0.6, conversations: 4, conversationsCorrect: 2 });
    expect(s.outOfScope).toEqual({ entry: 'Triage', n: 2, stayed: 1, rate: 0.5, wentTo: { Sales: 1 } });
    expect(s.meanHandoffsPerConversation).toBe(3 / 4); // the rejected attempt is not a handoff
    expect(s.loopCapTrips).toBe(1);
    expect(s.local).toEqual({ routed: 2, share: 0.4, correct: 1, precision: 0.5 });
    expect(s.latency).toEqual({ meanMs: 32.4, p50Ms: 20, p95Ms: 100 });
    expect(s.cost?.totalUsd).toBeCloseTo(0.08);
    expect(s.cost?.meanPerConversationUsd).toBeCloseTo(0.02);
  });

  it('reports cost as unknown when any turn has no price', () => {
    const s = summarize([single(turn('Billing', 'Billing', { costUsd: null }))], { entry: 'Triage' });
    expect(s.cost).toBeNull();
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile([], 95)).toBe(0);
  });
});
