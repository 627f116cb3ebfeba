import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, Option } from 'commander';
import { preferQuickPgliteStart } from '../store/pgliteStartParams.ts';
import { COMMANDS, commandNamed } from './commandTable.ts';
import { exitWithError } from './output.ts';

const program = new Command('switchboard')
  .description('Multi-agent chat and voice assistants with governed handoffs')
  .version('0.1.0')
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'switchboard: ')) });

// Only the command the line names is loaded (see commandTable.ts); for help, a bare call or an unknown
// command, the others are listed by their summaries, which is all commander needs to print or suggest.
const named = commandNamed(process.argv.slice(2));

// The embedded database is 9 MB of WebAssembly. V8 runs it with its baseline compiler (Liftoff) and
// recompiles hot functions with the optimising one in background threads; a command that runs a few
// queries and exits never earns that second compile back: it was about a quarter of a one-turn
// `chat`'s CPU time (docs/package.md). Long-running commands keep it. Set before anything compiles.
// For the same reason they start PostgreSQL with a smaller buffer cache (pgliteStartParams.ts).
if (named && !COMMANDS[named].longRunning) {
  setFlagsFromString('--liftoff-only');
  preferQuickPgliteStart();
}
for (const [name, { summary, load }] of Object.entries(COMMANDS)) {
  if (name === named) (await load())(program);
  else program.command(name).description(summary).allowUnknownOption().helpOption(false);
}

// Commander prints help on `--help` and exits 0; any other parse problem is one line and exit code 2.
program.addOption(new Option('--no-color', 'plain output').hideHelp());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  exitWithError(error);
}
