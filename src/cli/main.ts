import { Command, CommanderError, Option } from 'commander';
import { registerAnalyticsCommand } from './analyticsCommand.ts';
import { registerCallCommand } from './callCommand.ts';
import { registerChatCommand } from './chatCommand.ts';
import { registerConversationsCommand } from './conversationsCommand.ts';
import { registerDbCommand } from './dbCommand.ts';
import { registerEvalCommand } from './evalCommand.ts';
import { registerGraphCommand } from './graphCommand.ts';
import { registerInitCommand } from './initCommand.ts';
import { registerKeysCommand } from './keysCommand.ts';
import { exitWithError } from './output.ts';
import { registerRouterCommand } from './routerCommand.ts';
import { registerServeCommand } from './serveCommand.ts';

const program = new Command('switchboard')
  .description('Multi-agent chat and voice assistants with governed handoffs')
  .version('0.1.0')
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'switchboard: ')) });

registerChatCommand(program);
registerGraphCommand(program);
registerInitCommand(program);
registerConversationsCommand(program);
registerDbCommand(program);
registerEvalCommand(program);
registerAnalyticsCommand(program);
registerServeCommand(program);
registerCallCommand(program);
registerKeysCommand(program);
registerRouterCommand(program);

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
