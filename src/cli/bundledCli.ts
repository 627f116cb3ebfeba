import { namesGraphModule } from '../app/graphModulePath.ts';
import { COMMANDS, commandNamed } from './commandTable.ts';

/**
 * `npm run build` also bundles the CLI (scripts/bundleCli.mjs) into one file, `dist/bundle/cli.mjs`,
 * holding Switchboard's code and its JavaScript dependencies: a one-turn `chat` then loads one file
 * instead of about 600 modules, which was about a third of its CPU time (docs/package.md). The bin
 * runs that file only where it behaves exactly as the compiled modules do (below); otherwise, and
 * when it is missing, the compiled modules (`dist/src/cli/main.js`).
 */
export const BUNDLED_CLI = 'dist/bundle/cli.mjs';

/** The commands the bundle holds: every command but the long-running ones (see `runsBundled`). */
export function bundledCommands(): string[] {
  return Object.entries(COMMANDS)
    .filter(([, entry]) => !entry.longRunning)
    .map(([name]) => name);
}

/**
 * Whether the bin runs this command line from the bundle. Not for:
 * - no command (`--help`, a bare call, an unknown command): the compiled entry lists the commands
 *   without loading any of them, which is quicker than reading the bundle;
 * - the long-running commands (`serve`, `eval`, `call`): their start does not matter, and leaving them
 *   (with the HTTP server, voice and telephony they load) out halves the bundle;
 * - a graph module of the user's (`--graph ./desk.ts`): it imports `switchboard`, the compiled library,
 *   and must meet the same classes and the same zod as the code that runs it, which the bundle's
 *   copies are not.
 */
export function runsBundled(args: string[]): boolean {
  const named = commandNamed(args);
  if (!named || !bundledCommands().includes(named)) return false;
  return !graphValues(args).some(namesGraphModule);
}

/** Every `--graph` value on a command line (`--graph X` and `--graph=X`). */
function graphValues(args: string[]): string[] {
  const values: string[] = [];
  args.forEach((arg, i) => {
    if (arg === '--graph' && i + 1 < args.length) values.push(args[i + 1]!);
    else if (arg.startsWith('--graph=')) values.push(arg.slice('--graph='.length));
  });
  return values;
}
