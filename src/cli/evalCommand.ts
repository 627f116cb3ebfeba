import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { priceFor } from '../analytics/pricing.ts';
import { loadGraph } from '../app/loadGraph.ts';
import {
  collectHeldOutRouterSamples,
  collectRouterSamples,
  DEFAULT_TARGET_PRECISION,
  formatCalibration,
  recommendThreshold,
  sweepThresholds,
} from '../eval/calibrate.ts';
import { loadDataset } from '../eval/dataset.ts';
import { checkGates } from '../eval/gates.ts';
import { NOISE_KINDS, type NoiseKind } from '../eval/noise.ts';
import { formatReliability, reliability } from '../eval/reliability.ts';
import { writeHtmlReport } from '../eval/reportHtml.ts';
import { writeJsonReport } from '../eval/reportJson.ts';
import { formatReport } from '../eval/reportText.ts';
import { runRoutingEval } from '../eval/routingEval.ts';
import type { RoutingMode } from '../graph/types.ts';
import { defaultModelSpec, parseModelSpec } from '../models/modelSpec.ts';
import { withLearnedRouter } from '../runtime/learnedRouting.ts';
import { openStore } from '../store/openStore.ts';
import type { ConversationStore } from '../store/types.ts';
import { registerDialogueEval } from './evalDialoguesCommand.ts';
import { exitWithError } from './output.ts';

type RoutingOptions = {
  graph: string;
  learned?: boolean;
  dataset: string;
  model?: string;
  routing?: RoutingMode;
  threshold?: number;
  concurrency: number;
  minAccuracy?: number;
  maxP95Ms?: number;
  maxCost?: number;
  json?: string;
  html?: string;
  persist?: boolean;
  judge?: boolean;
  judgeModel?: string;
  baseline?: 'mega';
  noise?: NoiseKind;
  seed: number;
  holdout?: number;
};

type CalibrateOptions = {
  graph: string;
  learned?: boolean;
  dataset: string;
  targetPrecision: number;
  json?: string;
  holdout?: number;
};

export function registerEvalCommand(program: Command): void {
  const evalCmd = program
    .command('eval')
    .description('evaluate a graph (routing accuracy, threshold calibration, dialogue completion)');
  registerDialogueEval(evalCmd);

  evalCmd
    .command('routing')
    .description(
      'score the handoff decisions of a graph on a JSONL dataset (which agent answers, not what it says)',
    )
    .option('--graph <name|path>', 'template name or path to a graph module', 'support')
    .requiredOption(
      '--dataset <file>',
      'JSONL: {"input","expected_agent"} rows and/or {"id","turns":[…]} scenarios',
    )
    .option('--model <spec>', 'offline | openai:<model> (default: SWITCHBOARD_MODEL or offline)')
    .addOption(
      new Option('--routing <mode>', "override the graph's routing mode").choices(['llm', 'local', 'hybrid']),
    )
    .option('--threshold <x>', "override the graph's hybrid threshold (0..1)", unitInterval('--threshold'))
    .option('--concurrency <n>', 'conversations run at once', positiveInteger('--concurrency'), 4)
    .option('--min-accuracy <x>', 'exit 1 when accuracy is below x (0..1)', unitInterval('--min-accuracy'))
    .option('--max-p95-ms <ms>', 'exit 1 when the p95 turn latency is above ms', nonNegative('--max-p95-ms'))
    .option(
      '--max-cost <usd>',
      'exit 1 when the mean cost per conversation is above usd',
      nonNegative('--max-cost'),
    )
    .option('--json <out>', 'write every row and the summary as JSON')
    .option('--html <out>', 'write a readable HTML report with the confusion matrix')
    .option('--persist', 'keep the eval conversations in the configured database (default: in memory)')
    .option('--judge', 'grade every handoff reason with an LLM judge (needs an LLM model)')
    .option('--judge-model <spec>', 'model for --judge (default: --model)')
    .addOption(new Option('--baseline <kind>', 'also run a baseline and compare').choices(['mega']))
    .addOption(new Option('--noise <kind>', 'perturb the inputs deterministically').choices([...NOISE_KINDS]))
    .option('--seed <n>', 'seed for --noise', nonNegativeInteger('--seed'), 1)
    .option(
      '--holdout <k>',
      "k-fold held-out scoring: each fold is routed by routers that also learnt the other folds' rows (k ≥ 2)",
      positiveInteger('--holdout'),
    )
    .option('--learned', 'route with the router learnt into the configured database (`router train`)')
    .action(async (opts: RoutingOptions) => {
      try {
        await evalRouting(opts);
      } catch (error) {
        exitWithError(error);
      }
    });

  evalCmd
    .command('calibrate')
    .description(
      "sweep the hybrid threshold: coverage (share routed locally) vs precision of the entry agent's router",
    )
    .option('--graph <name|path>', 'template name or path to a graph module', 'support')
    .requiredOption('--dataset <file>', 'JSONL routing dataset')
    .option(
      '--target-precision <x>',
      'precision the recommended threshold must reach',
      unitInterval('--target-precision'),
      DEFAULT_TARGET_PRECISION,
    )
    .option('--json <out>', 'write the table and the recommendation as JSON')
    .option(
      '--holdout <k>',
      "k-fold held-out scoring: each fold is routed by routers that also learnt the other folds' rows (k ≥ 2)",
      positiveInteger('--holdout'),
    )
    .option('--learned', 'route with the router learnt into the configured database (`router train`)')
    .action(async (opts: CalibrateOptions) => {
      try {
        await calibrate(opts);
      } catch (error) {
        exitWithError(error);
      }
    });
}

async function evalRouting(opts: RoutingOptions): Promise<void> {
  const model = opts.model ?? defaultModelSpec();
  parseModelSpec(model); // a bad spec fails before anything runs
  if (opts.judgeModel !== undefined && !opts.judge) throw new Error('--judge-model needs --judge');
  if (opts.maxCost !== undefined && priceFor(model) === null)
    throw new Error(`--max-cost: no price known for ${model}; add it to src/analytics/pricing.ts`);
  const graph = await loadEvalGraph(opts.graph, opts.learned);
  const store = await openEvalStore(!!opts.persist);
  let report: Awaited<ReturnType<typeof runRoutingEval>>;
  try {
    report = await runRoutingEval({
      graph,
      graphName: opts.graph,
      datasetPath: opts.dataset,
      model,
      store,
      routing: opts.routing,
      threshold: opts.threshold,
      concurrency: opts.concurrency,
      noise: opts.noise ? { kind: opts.noise, seed: opts.seed } : undefined,
      baseline: opts.baseline,
      holdout: opts.holdout,
      judgeModel: opts.judge ? (opts.judgeModel ?? model) : undefined,
    });
  } finally {
    await store.close();
  }
  process.stdout.write(formatReport(report));
  if (report.judge && !report.judge.available)
    process.stderr.write(`switchboard: judge unavailable: ${report.judge.reason}\n`);
  if (opts.json) {
    await ensureDir(opts.json);
    await writeJsonReport(opts.json, report);
  }
  if (opts.html) {
    await ensureDir(opts.html);
    await writeHtmlReport(opts.html, report);
  }
  const failures = checkGates(report.summary, {
    minAccuracy: opts.minAccuracy,
    maxP95Ms: opts.maxP95Ms,
    maxCost: opts.maxCost,
  });
  for (const failure of failures) process.stderr.write(`switchboard: gate failed: ${failure}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

async function calibrate(opts: CalibrateOptions): Promise<void> {
  const graph = await loadEvalGraph(opts.graph, opts.learned);
  const dataset = await loadDataset(opts.dataset, { agents: graph.agents.map((a) => a.name) });
  for (const m of dataset.malformed)
    process.stderr.write(`switchboard: ${opts.dataset} line ${m.line}: ${m.message}\n`);
  if (dataset.cases.length === 0) throw new Error(`dataset ${opts.dataset} has no valid rows`);
  const samples =
    opts.holdout === undefined
      ? collectRouterSamples(graph, dataset.cases)
      : collectHeldOutRouterSamples(graph, dataset.cases, opts.holdout);
  const rows = sweepThresholds(samples);
  const recommended = recommendThreshold(rows, opts.targetPrecision);
  if (opts.holdout !== undefined)
    process.stdout.write(
      `held out: ${opts.holdout} folds; every message was routed by a router that never learnt it\n`,
    );
  process.stdout.write(formatCalibration(rows, recommended, opts.targetPrecision, samples.length));
  const calibration = reliability(samples);
  process.stdout.write(formatReliability(calibration));
  if (dataset.malformed.length > 0) process.stdout.write(`malformed lines: ${dataset.malformed.length}\n`);
  if (opts.json) {
    await ensureDir(opts.json);
    await writeFile(
      opts.json,
      `${JSON.stringify({ targetPrecision: opts.targetPrecision, samples: samples.length, recommended, rows, ece: calibration.ece, reliability: calibration.bins, malformed: dataset.malformed }, null, 2)}\n`,
    );
  }
}

/** The graph, with the router learnt into the configured database when asked (`--learned`). */
async function loadEvalGraph(name: string, learned: boolean | undefined) {
  const graph = await loadGraph(name);
  if (!learned) return graph;
  const store = await openStore({});
  try {
    return await withLearnedRouter(graph, store);
  } finally {
    await store.close();
  }
}

/** Eval conversations are throwaway: in memory unless the user wants to inspect them afterwards. */
function openEvalStore(persist: boolean): Promise<ConversationStore> {
  return openStore({ memory: !persist });
}

async function ensureDir(file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
}

/** Commander parser for a numeric option; an InvalidArgumentError makes a bad value a usage error (exit 2). */
function numberOption(name: string, rule: string, ok: (n: number) => boolean) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || !ok(n))
      throw new InvalidArgumentError(`${name} must be ${rule} (got "${value}")`);
    return n;
  };
}

const unitInterval = (name: string) =>
  numberOption(name, 'a number between 0 and 1', (n) => n >= 0 && n <= 1);
const nonNegative = (name: string) => numberOption(name, 'a non-negative number', (n) => n >= 0);
const positiveInteger = (name: string) =>
  numberOption(name, 'a positive integer', (n) => Number.isInteger(n) && n > 0);
const nonNegativeInteger = (name: string) =>
  numberOption(name, 'a non-negative integer', (n) => Number.isInteger(n) && n >= 0);
