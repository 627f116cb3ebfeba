import type { Graph } from '../graph/defineGraph.ts';
import { fnv1a } from '../routing/stableHash.ts';
import type { EvalCase } from './types.ts';

/**
 * Held-out evaluation of the local router on a labelled dataset (`--holdout k`): the rows are split into
 * k folds; each fold is scored by routers trained on the graph's own examples plus the rows of the
 * other k−1 folds, so no row is ever scored by a router that saw it. With k = 0 nothing is added and the
 * whole dataset is scored by routers trained on the graph's examples alone.
 *
 * Only single-turn rows are learnt from: a scenario's later turns ("yes", "ACC-1004") mean something
 * only in their conversation. Scenario cases are still scored, each in the fold it falls in.
 */

export type HoldoutFold = {
  fold: number;
  /** The graph whose agents also learnt the training folds' rows as examples. */
  graph: Graph;
  /** The cases to score with it (in dataset order). */
  cases: EvalCase[];
  /** How many rows were added as examples. */
  learnt: number;
};

/**
 * Fold of every case, stratified by expected agent: within an agent, cases are ordered by a hash of
 * their first message (a fold is not all "refund…" sentences) and dealt round-robin. Depends only on
 * the cases, never on their order in the file.
 */
export function assignFolds(cases: readonly EvalCase[], k: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`--holdout must be an integer ≥ 2 (got ${k})`);
  if (cases.length < k) throw new Error(`--holdout ${k}: the dataset has only ${cases.length} rows`);
  const folds = new Array<number>(cases.length).fill(0);
  const byAgent = new Map<string, number[]>();
  cases.forEach((c, i) => {
    const agent = c.turns[0].expected[0];
    const list = byAgent.get(agent);
    if (list) list.push(i);
    else byAgent.set(agent, [i]);
  });
  let next = 0;
  for (const agent of [...byAgent.keys()].sort()) {
    const indices = byAgent.get(agent)!;
    const text = (i: number) => cases[i].turns[0].input;
    indices.sort((a, b) => fnv1a(text(a)) - fnv1a(text(b)) || (text(a) < text(b) ? -1 : 1));
    for (const i of indices) {
      folds[i] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}

/**
 * The graph with extra examples per agent. Agents are copied, never mutated: routers are cached per
 * graph object, so each fold trains its own.
 */
export function withExtraExamples(graph: Graph, extra: ReadonlyMap<string, readonly string[]>): Graph {
  const agents = graph.agents.map((a) => {
    const more = extra.get(a.name);
    return more && more.length > 0 ? { ...a, examples: [...a.examples, ...more] } : a;
  });
  return { ...graph, agents, byName: new Map(agents.map((a) => [a.name, a])) };
}

/** Single-turn rows as examples of their (first) expected agent. */
function examplesOf(cases: readonly EvalCase[]): Map<string, string[]> {
  const extra = new Map<string, string[]>();
  for (const c of cases) {
    if (c.kind === 'scenario' || c.turns.length !== 1) continue;
    const agent = c.turns[0].expected[0];
    const list = extra.get(agent) ?? [];
    list.push(c.turns[0].input);
    extra.set(agent, list);
  }
  return extra;
}

export function holdoutFolds(graph: Graph, cases: readonly EvalCase[], k: number): HoldoutFold[] {
  const folds = assignFolds(cases, k);
  return Array.from({ length: k }, (_, fold) => {
    const train = cases.filter((_, i) => folds[i] !== fold);
    const extra = examplesOf(train);
    return {
      fold,
      graph: withExtraExamples(graph, extra),
      cases: cases.filter((_, i) => folds[i] === fold),
      learnt: [...extra.values()].reduce((n, list) => n + list.length, 0),
    };
  });
}
