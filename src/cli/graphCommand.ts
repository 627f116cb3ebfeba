import type { Command } from 'commander';
import { loadGraph } from '../app/loadGraph.ts';
import { exitWithError, printJson } from './output.ts';

export function registerGraphCommand(program: Command): void {
  const graph = program.command('graph').description('inspect a graph');
  graph
    .command('show')
    .description('print the topology of a graph')
    .option('--graph <name|path>', 'template name or path to a graph module', 'support')
    .option('--format <format>', 'mermaid or json', 'mermaid')
    .action(async (opts: { graph: string; format: string }) => {
      try {
        if (!['mermaid', 'json'].includes(opts.format))
          throw new Error(`--format must be mermaid or json (got "${opts.format}")`);
        const g = await loadGraph(opts.graph);
        for (const warning of g.warnings) process.stderr.write(`warning: ${warning}\n`);
        if (opts.format === 'json') printJson(g.toJSON());
        else process.stdout.write(`${g.toMermaid()}\n`);
      } catch (error) {
        exitWithError(error);
      }
    });
}
