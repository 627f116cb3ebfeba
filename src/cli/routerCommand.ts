import type { Command } from 'commander';
import { loadGraph } from '../app/loadGraph.ts';
import { loadDataset } from '../eval/dataset.ts';
import { trainRouter } from '../eval/trainRouter.ts';
import { learnedRowsFromStore } from '../runtime/learnedRouting.ts';
import { type LearnedRow, learnedRouterStoreFor } from '../store/learnedRouterStore.ts';
import { openStore } from '../store/openStore.ts';
import type { ConversationStore } from '../store/types.ts';

type TrainOptions = { graph: string; dataset?: string; fromStore?: boolean };

/**
 * `switchboard router train|show|reset`: the local router learnt from labeled traffic, stored in the
 * database (DATABASE_URL, SWITCHBOARD_DATA_DIR or `.switchboard/`) and used by chat, serve and
 * `eval --learned` on that database from then on.
 */
export function registerRouterCommand(program: Command): void {
  const router = program.command('router').description('the local router learnt from traffic');
  router
    .command('train')
    .description('learn the routing decisions of a labeled JSONL file and/or the stored conversations')
    .requiredOption('--graph <name>', 'template name or graph module')
    .option('--dataset <file>', 'JSONL rows {"input","expected_agent"}')
    .option('--from-store', "the stored conversations' LLM routing decisions and operator corrections")
    .action(async (opts: TrainOptions) => {
      if (!opts.dataset && !opts.fromStore)
        throw new Error('router train needs --dataset, --from-store or both');
      await withStore(async (store) => {
        const graph = await loadGraph(opts.graph);
        const rows: LearnedRow[] = [];
        if (opts.dataset) {
          const dataset = await loadDataset(opts.dataset, { agents: graph.agents.map((a) => a.name) });
          for (const m of dataset.malformed)
            process.stderr.write(`switchboard: ${opts.dataset} line ${m.line}: ${m.message}\n`);
          for (const c of dataset.cases)
            if (c.kind === 'single') rows.push({ input: c.turns[0].input, agent: c.turns[0].expected[0] });
        }
        if (opts.fromStore) rows.push(...(await learnedRowsFromStore(store, graph)));
        if (rows.length < 2)
          throw new Error(`only ${rows.length} labeled rows found; need at least 2 to train`);
        const trained = trainRouter(graph, rows);
        const source = [opts.dataset ? 'dataset' : null, opts.fromStore ? 'store' : null]
          .filter(Boolean)
          .join('+');
        const saved = await (await learnedRouterStoreFor(store)).save({
          graph: graph.name,
          rows: trained.rows,
          trainingSize: trained.rows.length,
          heldOut: trained.heldOut,
          threshold: trained.threshold,
          source,
        });
        process.stdout.write(describe(saved));
      });
    });
  router
    .command('show')
    .description("the graph's learnt router: version, training-set size, held-out figures")
    .requiredOption('--graph <name>', 'template name or graph module')
    .action(async (opts: { graph: string }) => {
      await withStore(async (store) => {
        const graph = await loadGraph(opts.graph);
        const latest = await (await learnedRouterStoreFor(store)).latest(graph.name);
        process.stdout.write(
          latest ? describe(latest) : `graph ${graph.name}: no learnt router (built-in examples only)\n`,
        );
      });
    });
  router
    .command('reset')
    .description("forget the graph's learnt routers (back to the built-in examples)")
    .requiredOption('--graph <name>', 'template name or graph module')
    .action(async (opts: { graph: string }) => {
      await withStore(async (store) => {
        const graph = await loadGraph(opts.graph);
        const n = await (await learnedRouterStoreFor(store)).reset(graph.name);
        process.stdout.write(`graph ${graph.name}: removed ${n} learnt router version(s)\n`);
      });
    });
}

async function withStore(run: (store: ConversationStore) => Promise<void>): Promise<void> {
  const store = await openStore({});
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

function describe(r: {
  graph: string;
  version: number;
  trainingSize: number;
  heldOut: Record<string, number>;
  threshold: number | null;
  source: string;
}): string {
  const h = r.heldOut;
  const f = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));
  return [
    `graph ${r.graph}: learnt router v${r.version} from ${r.source}, ${r.trainingSize} rows`,
    `held out (trained on ${h.trained}, evaluated on ${h.evaluated}): accuracy ${f(h.accuracy)}`,
    r.threshold === null
      ? 'hybrid threshold: none reached precision 0.98 on the held-out half (keep routing: llm)'
      : `hybrid threshold ${r.threshold.toFixed(2)}: coverage ${f(h.coverage)}, precision ${f(h.precision)}, ECE ${f(h.ece)}`,
    '',
  ].join('\n');
}
