import type { Graph } from '../graph/defineGraph.ts';
import { withLearnedRows } from '../runtime/learnedRouting.ts';
import type { LearnedRow } from '../store/learnedRouterStore.ts';
import { collectRouterSamples, recommendThreshold, sweepThresholds } from './calibrate.ts';
import { reliability } from './reliability.ts';
import type { EvalCase } from './types.ts';

/** The precision a learnt router's fast path is calibrated to on its held-out half. */
export const LEARNED_TARGET_PRECISION = 0.98;

export type TrainedRouter = {
  rows: LearnedRow[];
  /** Figures of a router trained on one half of the rows, measured on the other half. */
  heldOut: {
    trained: number;
    evaluated: number;
    accuracy: number;
    coverage: number;
    precision: number;
    ece: number;
  };
  /** Hybrid threshold calibrated on the held-out half; null when none reached the target. */
  threshold: number | null;
};

/**
 * Deterministic halves: rows sorted by a hash of their text, alternately dealt. The same rows always
 * split the same way, whatever order they came in, and both halves get every agent's rows.
 */
export function splitHalves(rows: readonly LearnedRow[]): [LearnedRow[], LearnedRow[]] {
  const byAgent = new Map<string, LearnedRow[]>();
  for (const row of rows) byAgent.set(row.agent, [...(byAgent.get(row.agent) ?? []), row]);
  const a: LearnedRow[] = [];
  const b: LearnedRow[] = [];
  for (const agent of [...byAgent.keys()].sort()) {
    const sorted = byAgent
      .get(agent)!
      .sort((x, y) => hash(x.input) - hash(y.input) || (x.input < y.input ? -1 : 1));
    for (let i = 0; i < sorted.length; i++) (i % 2 === 0 ? a : b).push(sorted[i]);
  }
  return [a, b];
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * Trains on half of the rows and measures the entry router on the other half (first-hop accuracy,
 * and the fast path's coverage and precision at the threshold calibrated there); the stored router then
 * learns every row, with that threshold.
 */
export function trainRouter(graph: Graph, rows: readonly LearnedRow[]): TrainedRouter {
  const unique = dedupe(rows);
  const [train, test] = splitHalves(unique);
  const half = withLearnedRows(graph, train, null);
  const cases: EvalCase[] = test.map((row, i) => ({
    id: `row-${i}`,
    line: i + 1,
    kind: 'single',
    turns: [{ input: row.input, expected: [row.agent] }],
  }));
  const samples = collectRouterSamples(half, cases);
  const right = samples.filter((s) =>
    s.expected.includes(graph.entry)
      ? s.target === null
      : s.target !== null && s.rightFirstHops.includes(s.target),
  ).length;
  const sweep = sweepThresholds(samples);
  const recommended = recommendThreshold(sweep, LEARNED_TARGET_PRECISION);
  return {
    rows: unique,
    heldOut: {
      trained: train.length,
      evaluated: test.length,
      accuracy: test.length === 0 ? 0 : right / test.length,
      coverage: recommended?.coverage ?? 0,
      precision: recommended?.precision ?? 1,
      ece: reliability(samples).ece,
    },
    threshold: recommended?.threshold ?? null,
  };
}

function dedupe(rows: readonly LearnedRow[]): LearnedRow[] {
  const seen = new Map<string, LearnedRow>();
  // A later row wins: an operator's correction comes after the decision it corrects.
  for (const row of rows)
    seen.set(row.input.trim().toLowerCase(), { input: row.input.trim(), agent: row.agent });
  return [...seen.values()];
}
