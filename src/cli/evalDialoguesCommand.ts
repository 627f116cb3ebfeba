import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { loadGraph } from '../app/loadGraph.ts';
import { loadDialogues } from '../eval/dialogueDataset.ts';
import { formatDialogueReport, runDialogueEval } from '../eval/dialogueEval.ts';
import { defaultModelSpec, parseModelSpec } from '../models/modelSpec.ts';
import { exitWithError } from './output.ts';

type DialogueOptions = {
  graph: string;
  dataset: string;
  model?: string;
  minCompletion?: number;
  json?: string;
  verbose?: boolean;
  showHeldOut?: boolean;
};

/**
 * `switchboard eval dialogues`: whole conversations, scored on whether the customer's job got done
 * (docs/dialogue.md). Exit 1 when a gate fails: completion below --min-completion, or any loop.
 */
export function registerDialogueEval(evalCmd: Command): void {
  evalCmd
    .command('dialogues')
    .description('run multi-turn scenarios and measure task completion (booked, verified, refunded…)')
    .option('--graph <name|path>', 'template name or path to a graph module', 'support')
    .requiredOption('--dataset <file>', 'JSONL: {"id","turns":[…],"done":{…}} scenarios')
    .option('--model <spec>', 'offline | openai:<model> (default: SWITCHBOARD_MODEL or offline)')
    .option('--min-completion <x>', 'exit 1 when the completion rate is below x (0..1)', rate)
    .option('--json <file>', 'write every outcome with its transcript as JSON')
    .option('--verbose', 'print every transcript, not only the failed ones')
    .option(
      '--show-held-out',
      "print held-out scenarios' checks and transcripts too (hidden: not to tune on)",
    )
    .action(async (opts: DialogueOptions) => {
      try {
        await evalDialogues(opts);
      } catch (error) {
        exitWithError(error);
      }
    });
}

async function evalDialogues(opts: DialogueOptions): Promise<void> {
  const model = opts.model ?? defaultModelSpec();
  parseModelSpec(model);
  const dataset = await loadDialogues(opts.dataset);
  for (const bad of dataset.malformed)
    process.stderr.write(`switchboard: ${opts.dataset}:${bad.line}: ${bad.message}\n`);
  if (dataset.scenarios.length === 0) throw new Error(`${opts.dataset} has no valid scenario`);
  const report = await runDialogueEval({
    graph: await loadGraph(opts.graph),
    scenarios: dataset.scenarios,
    model,
  });
  process.stdout.write(
    `${formatDialogueReport(report, { verbose: opts.verbose, showHeldOut: opts.showHeldOut })}\n`,
  );
  if (opts.json) {
    await mkdir(dirname(opts.json), { recursive: true });
    await writeFile(opts.json, JSON.stringify(report, null, 2));
  }
  const failed =
    dataset.malformed.length > 0 ||
    report.all.loops > 0 ||
    (opts.minCompletion !== undefined && report.all.rate < opts.minCompletion);
  if (failed) process.exitCode = 1;
}

function rate(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}
