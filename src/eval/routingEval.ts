import { priceFor } from '../analytics/pricing.ts';
import type { Graph } from '../graph/defineGraph.ts';
import type { RoutingMode } from '../graph/types.ts';
import { createAgentModelFactory } from '../models/agentModels.ts';
import { parseModelSpec } from '../models/modelSpec.ts';
import { createAgentRouter } from '../routing/agentRouter.ts';
import { Switchboard } from '../runtime/switchboard.ts';
import type { ConversationStore } from '../store/types.ts';
import { loadDataset } from './dataset.ts';
import { holdoutFolds } from './holdout.ts';
import { createJudge, judgeOutcomes, judgeUnavailableReason } from './judge.ts';
import { buildMegaGraph, MEGA_AGENT, megaRoutedAgent } from './megaBaseline.ts';
import { summarize } from './metrics.ts';
import { hashSeed, type NoiseKind, perturb } from './noise.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { type RunOptions, runCases } from './runRows.ts';
import type { CaseOutcome, EvalCase, EvalReport } from './types.ts';

export type RoutingEvalOptions = {
  graph: Graph;
  /** How the graph was named on the command line (template or path), for the report. */
  graphName: string;
  datasetPath: string;
  model: string;
  store: ConversationStore;
  routing?: RoutingMode;
  threshold?: number;
  concurrency?: number;
  noise?: { kind: NoiseKind; seed: number };
  baseline?: 'mega';
  /** Model spec of the handoff-reason judge; omitted = no judging. */
  judgeModel?: string;
  /**
   * k ≥ 2: score each of k folds of the dataset with routers that also learnt the other folds' rows
   * (see holdout.ts); unset: routers learn the graph's examples only.
   */
  holdout?: number;
  /** Progress output (stderr by default); null for none. */
  progress?: ProgressStream | null;
  env?: NodeJS.ProcessEnv;
};

/**
 * The routing evaluation: every dataset case in a fresh conversation on the real runtime, scored on
 * which agent answered (not on what it said), optionally next to the mega-agent baseline and with
 * every handoff reason graded by an LLM judge.
 */
export async function runRoutingEval(opts: RoutingEvalOptions): Promise<EvalReport> {
  const dataset = await loadDataset(opts.datasetPath, { agents: opts.graph.agents.map((a) => a.name) });
  if (dataset.cases.length === 0)
    throw new Error(
      `dataset ${opts.datasetPath} has no valid rows` +
        (dataset.malformed.length > 0
          ? ` (first problem: line ${dataset.malformed[0].line}: ${dataset.malformed[0].message})`
          : ''),
    );
  const graph = withRouting(opts.graph, opts.routing, opts.threshold);
  const offline = parseModelSpec(opts.model).provider === 'offline';
  const concurrency = opts.concurrency ?? 4;
  const notes: string[] = [];
  if (offline && (opts.routing !== undefined || opts.threshold !== undefined))
    notes.push(
      'the offline model routes every turn with its own local classifier; --routing and --threshold only change LLM runs',
    );
  const price = priceFor(opts.model);
  const transform = opts.noise ? noiseTransform(opts.noise.kind, opts.noise.seed) : undefined;
  const run = (
    g: Graph,
    label: string,
    extra: Pick<RunOptions, 'routedAgent' | 'checkPath'> = {},
    subset: EvalCase[] = dataset.cases,
  ) => runOnGraph(g, subset, label, opts, { price, transform, concurrency, ...extra });

  let cases: CaseOutcome[];
  if (opts.holdout === undefined) cases = await run(graph, 'eval');
  else {
    if (opts.baseline) throw new Error('--holdout cannot be combined with --baseline');
    const folds = holdoutFolds(graph, dataset.cases, opts.holdout);
    const byId = new Map<string, CaseOutcome>();
    for (const fold of folds) {
      const label = `fold ${fold.fold + 1}/${folds.length}`;
      for (const outcome of await run(fold.graph, label, {}, fold.cases)) byId.set(outcome.id, outcome);
    }
    cases = dataset.cases.map((c) => byId.get(c.id)!);
    const learnt = folds.map((f) => f.learnt);
    notes.push(
      `held out: ${folds.length} folds; every row was scored by routers trained on the graph's examples plus the other folds' single-turn rows (${Math.min(...learnt)}–${Math.max(...learnt)} rows per fold), never on itself`,
    );
  }
  const report: EvalReport = {
    settings: {
      graph: opts.graphName,
      dataset: opts.datasetPath,
      model: opts.model,
      routing: { ...graph.routing },
      concurrency,
      noise: opts.noise ?? null,
      store: opts.store.kind,
    },
    summary: summarize(cases, { entry: graph.entry }),
    cases,
    malformed: dataset.malformed,
    notes,
  };

  if (opts.baseline === 'mega') {
    const megaCases = await run(buildMegaGraph(graph), 'mega baseline', {
      routedAgent: megaRoutedAgent(graph),
      checkPath: false,
    });
    report.baseline = {
      agent: MEGA_AGENT,
      summary: summarize(megaCases, { entry: graph.entry }),
      cases: megaCases,
    };
  }

  if (opts.judgeModel !== undefined) {
    const unavailable = judgeUnavailableReason(opts.judgeModel);
    if (unavailable) report.judge = { available: false, reason: unavailable };
    else {
      const judge = createJudge(opts.judgeModel, opts.env);
      report.judge = {
        available: true,
        model: judge.model,
        ...(await judgeOutcomes(cases, graph, judge, concurrency)),
      };
    }
  }
  return report;
}

/** The graph with its routing mode/threshold overridden; the normalized graph is otherwise shared. */
export function withRouting(graph: Graph, mode?: RoutingMode, threshold?: number): Graph {
  if (mode === undefined && threshold === undefined) return graph;
  return {
    ...graph,
    routing: { mode: mode ?? graph.routing.mode, threshold: threshold ?? graph.routing.threshold },
  };
}

/** Same seed, row and turn → same perturbation, whatever order the rows run in. */
export function noiseTransform(kind: NoiseKind, seed: number) {
  return (text: string, caseId: string, turn: number) => perturb(text, kind, hashSeed(seed, caseId, turn));
}

async function runOnGraph(
  graph: Graph,
  cases: EvalCase[],
  label: string,
  opts: RoutingEvalOptions,
  runOpts: RunOptions,
): Promise<CaseOutcome[]> {
  const sb = await Switchboard.create({
    graph,
    store: opts.store,
    models: createAgentModelFactory({ model: opts.model, env: opts.env }),
  });
  // Warm up before the clock starts, or the first turns are billed for one-off start-up work and the
  // latency figures are distorted: the tools' database (the memory store opens its embedded PGlite,
  // seconds, at the first query) and the local routers (trained once per graph, on first use).
  if (graph.setupSql.length > 0) await (await opts.store.toolDb()).execute('select 1');
  for (const agent of graph.agents) if (agent.handoffs.length > 0) createAgentRouter(graph, agent.name);
  const progress = opts.progress === null ? null : createProgress(cases.length, label, opts.progress);
  const outcomes = await runCases(sb, cases, { ...runOpts, onCaseDone: () => progress?.tick() });
  progress?.done();
  return outcomes;
}
