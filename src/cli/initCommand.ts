import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { LIBRARY_ENTRY, PACKAGE_ROOT } from '../packageRoot.ts';
import { scaffoldFiles } from '../scaffold/scaffoldFiles.ts';
import { exitWithError } from './output.ts';

export function registerInitCommand(program: Command): void {
  program
    .command('init <dir>')
    .description('scaffold a graph module (agents, tools, context schema, examples, routing dataset) to edit')
    .option('--name <name>', 'graph name (default: the directory name)')
    .option('--force', 'write into a non-empty directory')
    .action((dir: string, opts: { name?: string; force?: boolean }) => {
      try {
        const target = resolve(process.cwd(), dir);
        const name = (opts.name ?? basename(target)).toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
        if (!/^[a-z0-9][a-z0-9_-]*$/.test(name))
          throw new Error(`cannot make a graph name from "${dir}": use --name`);
        if (existsSync(target) && readdirSync(target).length > 0 && !opts.force) {
          throw new Error(`${dir} is not empty (use --force to write into it)`);
        }
        // Inside this package the module imports Switchboard by name (package self-reference); elsewhere
        // by path to the library this CLI runs (sources or build), so the scaffold runs with `--graph` right away.
        const inside = !relative(PACKAGE_ROOT, target).startsWith('..');
        const importFrom = inside ? 'switchboard' : LIBRARY_ENTRY;
        mkdirSync(target, { recursive: true });
        for (const [file, content] of Object.entries(scaffoldFiles(name, importFrom, dir))) {
          writeFileSync(join(target, file), content);
        }
        process.stdout.write(
          `created ${dir}/ (graph.ts, tools.ts, routing.jsonl, README.md)\n` +
            `next: npx switchboard chat --graph ${join(dir, 'graph.ts')}\n`,
        );
      } catch (error) {
        exitWithError(error);
      }
    });
}
