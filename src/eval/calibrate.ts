import type { Graph } from '../graph/defineGraph.ts';
import { createAgentRouter } from '../routing/agentRouter.ts';
import { holdoutFolds } from './holdout.ts';
import type { EvalCase } from './types.ts';

/** What the entry agent's local router would do with one opening message. */
export type RouterSample = {
  id: string;
  input: string;
  expected: string[];
  /** The agent of the best allowed handoff label, or null when staying scores best. */
  target: string | null;
  /**
   * The entry agent's handoff targets that are a right first hop: an expected agent itself, or a lead
   * it sits under (in a ladder the entry routes to a lead, and the lead routes on).
   */
  rightFirstHops: string[];
  /** The fast-path confidence hybrid routing compares with its threshold (see fastPathConfidence.ts). */
  confidence: number;
  /** The router's own probability of its choice, for comparison. */
  routerConfidence: number;
};

export type CalibrationRow = {
  threshold: number;
  /** Messages the local router would hand off itself at this threshold. */
  covered: number;
  /** covered / all messages: the share of turns that skip the LLM. */
  coverage: number;
  correct: number;
  /** correct / covered (1 when nothing is covered: no local decision, no local mistake). */
  precision: number;
};

export const DEFAULT_TARGET_PRECISION = 0.99;

/** 0.30, 0.31, … 0.99: the hybrid thresholds worth considering. */
export const THRESHOLDS = Array.from({ length: 70 }, (_, i) => Math.round((0.3 + i * 0.01) * 100) / 100);

/**
 * Runs the entry agent's router on the first message of every case (only a conversation's first turn
 * is guaranteed to start at the entry agent), with the fast-path confidence hybrid routing uses. No
 * threshold here: the sweep applies it afterwards.
 */
export function collectRouterSamples(graph: Graph, cases: EvalCase[]): RouterSample[] {
  const router = createAgentRouter(graph, graph.entry, { threshold: 0 });
  const hops = firstHopsToward(graph);
  return cases.map((c) => {
    const { input, expected } = c.turns[0];
    const decision = router.route(input, undefined, { fastPath: true });
    return {
      id: c.id,
      input,
      expected,
      target: decision.decision === 'handoff' ? (decision.target ?? null) : null,
      rightFirstHops: [...new Set(expected.flatMap((agent) => hops.get(agent) ?? []))],
      confidence: decision.fastPathConfidence ?? decision.confidence,
      routerConfidence: decision.confidence,
    };
  });
}

/**
 * The same samples, held out: each fold's opening messages go to an entry router that also learnt the
 * other folds' rows (see holdout.ts), never its own. Returned in dataset order.
 */
export function collectHeldOutRouterSamples(graph: Graph, cases: EvalCase[], k: number): RouterSample[] {
  const byId = new Map<string, RouterSample>();
  for (const fold of holdoutFolds(graph, cases, k)) {
    for (const sample of collectRouterSamples(fold.graph, fold.cases)) byId.set(sample.id, sample);
  }
  return cases.map((c) => byId.get(c.id)!);
}

/**
 * For every agent, the entry's handoff targets that begin a shortest path to it without passing back
 * through the entry: the hops hybrid routing could rightly take for a message meant for that agent.
 * In a flat graph that is the direct edge alone (a specialist that could escalate to Human is not a
 * right hop for "let me talk to a person"); in a ladder, the lead above it.
 */
export function firstHopsToward(graph: Graph): Map<string, string[]> {
  const best = new Map<string, { distance: number; hops: string[] }>();
  for (const edge of graph.byName.get(graph.entry)?.handoffs ?? []) {
    const distance = new Map<string, number>([[edge.to, 1]]);
    const queue = [edge.to];
    while (queue.length > 0) {
      const name = queue.shift()!;
      for (const next of graph.byName.get(name)?.handoffs ?? []) {
        if (next.to === graph.entry || distance.has(next.to)) continue;
        distance.set(next.to, distance.get(name)! + 1);
        queue.push(next.to);
      }
    }
    for (const [agent, d] of distance) {
      const known = best.get(agent);
      if (!known || d < known.distance) best.set(agent, { distance: d, hops: [edge.to] });
      else if (d === known.distance) known.hops.push(edge.to);
    }
  }
  return new Map([...best].map(([agent, { hops }]) => [agent, hops]));
}

/** Coverage vs precision of local handoffs at each threshold, as hybrid routing would apply it. */
export function sweepThresholds(samples: RouterSample[], thresholds = THRESHOLDS): CalibrationRow[] {
  return thresholds.map((threshold) => {
    const covered = samples.filter((s) => s.target !== null && s.confidence >= threshold);
    const correct = covered.filter((s) => s.rightFirstHops.includes(s.target!)).length;
    return {
      threshold,
      covered: covered.length,
      coverage: samples.length === 0 ? 0 : covered.length / samples.length,
      correct,
      precision: covered.length === 0 ? 1 : correct / covered.length,
    };
  });
}

/** The lowest threshold whose local decisions meet the target precision while still routing something. */
export function recommendThreshold(rows: CalibrationRow[], targetPrecision: number): CalibrationRow | null {
  return (
    [...rows]
      .sort((a, b) => a.threshold - b.threshold)
      .find((r) => r.covered > 0 && r.precision >= targetPrecision) ?? null
  );
}

/** The table on a 0.05 grid (plus 0.99 and the recommended threshold) and the recommendation. */
export function formatCalibration(
  rows: CalibrationRow[],
  recommended: CalibrationRow | null,
  targetPrecision: number,
  samples: number,
): string {
  const shown = rows.filter(
    (r) =>
      Math.round(r.threshold * 100) % 5 === 0 ||
      r.threshold === 0.99 ||
      r.threshold === recommended?.threshold,
  );
  const lines = [
    `calibration of the hybrid threshold on ${samples} opening messages (target precision ${targetPrecision})`,
    'threshold  coverage  precision  routed/correct',
    ...shown.map(
      (r) =>
        `${r.threshold.toFixed(2).padStart(9)}  ${r.coverage.toFixed(3).padStart(8)}  ${r.precision
          .toFixed(3)
          .padStart(
            9,
          )}  ${`${r.covered}/${r.correct}`.padStart(13)}${r === recommended ? '  ← recommended' : ''}`,
    ),
    recommended
      ? `recommended threshold: ${recommended.threshold.toFixed(2)} (coverage ${recommended.coverage.toFixed(3)}, precision ${recommended.precision.toFixed(3)})`
      : `recommended threshold: none — no threshold in ${rows[0]?.threshold.toFixed(2)}..${rows.at(-1)?.threshold.toFixed(2)} reaches precision ${targetPrecision}; keep routing: llm`,
  ];
  return `${lines.join('\n')}\n`;
}
