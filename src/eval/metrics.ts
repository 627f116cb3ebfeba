import type { AgentScores, CaseOutcome, RoutingSummary, TurnOutcome } from './types.ts';

/** Label of a turn that failed before any agent answered. */
export const ERROR_LABEL = '(error)';

/**
 * Routing verdict of one turn: the answering agent must be one of the expected ones, and when the row
 * gives an expected path, the turn's agent sequence must match it exactly.
 */
export function scoreTurn(
  turn: { expected: string[]; expectedPath?: string[] },
  actual: string | null,
  path: string[],
  checkPath = true,
): { correct: boolean; pathCorrect: boolean | null } {
  const agentOk = actual !== null && turn.expected.includes(actual);
  const pathCorrect =
    checkPath && turn.expectedPath
      ? turn.expectedPath.length === path.length && turn.expectedPath.every((a, i) => a === path[i])
      : null;
  return { correct: agentOk && pathCorrect !== false, pathCorrect };
}

/** The expected label a turn is counted under: the agent it reached when that was acceptable, else the first. */
export function expectedLabel(turn: Pick<TurnOutcome, 'expected' | 'actual'>): string {
  return turn.actual !== null && turn.expected.includes(turn.actual) ? turn.actual : turn.expected[0];
}

export function summarize(cases: CaseOutcome[], opts: { entry: string }): RoutingSummary {
  const turns = cases.flatMap((c) => c.turns);
  const n = turns.length;
  const correct = turns.filter((t) => t.correct).length;
  const pathTurns = turns.filter((t) => t.pathCorrect !== null);
  const confusion = confusionMatrix(turns);

  const oos = turns.filter((t) => expectedLabel(t) === opts.entry);
  const wentTo: Record<string, number> = {};
  for (const t of oos) {
    if (t.actual !== opts.entry) wentTo[t.actual ?? ERROR_LABEL] = (wentTo[t.actual ?? ERROR_LABEL] ?? 0) + 1;
  }
  const stayed = oos.filter((t) => t.actual === opts.entry).length;

  const local = turns.filter((t) => t.routedLocally);
  // A turn that threw has no meaningful latency; counting it as 0 ms would flatter the percentiles.
  const latencies = turns
    .filter((t) => t.error === undefined)
    .map((t) => t.latencyMs)
    .sort((a, b) => a - b);
  const costs = turns.map((t) => t.costUsd);
  const totalCost = costs.every((c) => c !== null) ? costs.reduce<number>((s, c) => s + c!, 0) : null;
  const handoffs = turns.reduce((s, t) => s + t.handoffs.filter((h) => h.kind !== 'rejected').length, 0);

  return {
    n,
    correct,
    accuracy: ratio(correct, n),
    conversations: cases.length,
    conversationsCorrect: cases.filter((c) => c.turns.every((t) => t.correct)).length,
    pathChecked: pathTurns.length,
    pathCorrect: pathTurns.filter((t) => t.pathCorrect).length,
    perAgent: perAgentScores(confusion),
    confusion,
    outOfScope: { entry: opts.entry, n: oos.length, stayed, rate: ratio(stayed, oos.length), wentTo },
    meanHandoffsPerConversation: ratio(handoffs, cases.length),
    loopCapTrips: turns.filter((t) => t.loopCapTrip).length,
    local: {
      routed: local.length,
      share: ratio(local.length, n),
      correct: local.filter((t) => t.correct).length,
      precision: ratio(local.filter((t) => t.correct).length, local.length),
    },
    latency: {
      meanMs: ratio(
        latencies.reduce((s, v) => s + v, 0),
        latencies.length,
      ),
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
    },
    cost:
      totalCost === null
        ? null
        : { totalUsd: totalCost, meanPerConversationUsd: ratio(totalCost, cases.length) },
    errors: turns.filter((t) => t.error !== undefined).length,
  };
}

/** Rows are expected labels, columns actual agents; labels are every agent seen on either side. */
export function confusionMatrix(
  turns: Pick<TurnOutcome, 'expected' | 'actual'>[],
): RoutingSummary['confusion'] {
  const pairs = turns.map((t) => [expectedLabel(t), t.actual ?? ERROR_LABEL] as const);
  const labels = [...new Set(pairs.flat())].sort((a, b) =>
    a === ERROR_LABEL ? 1 : b === ERROR_LABEL ? -1 : a.localeCompare(b),
  );
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [expected, actual] of pairs) matrix[index.get(expected)!][index.get(actual)!] += 1;
  return { labels, matrix };
}

export function perAgentScores({ labels, matrix }: RoutingSummary['confusion']): AgentScores[] {
  return labels
    .map((agent, i) => {
      const tp = matrix[i][i];
      const predicted = matrix.reduce((s, row) => s + row[i], 0);
      const support = matrix[i].reduce((s, v) => s + v, 0);
      const precision = ratio(tp, predicted);
      const recall = ratio(tp, support);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { agent, precision, recall, f1, support };
    })
    .filter((s) => s.agent !== ERROR_LABEL);
}

/** Nearest-rank percentile of an ascending list (0 for an empty one). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
