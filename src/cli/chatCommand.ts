import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { defaultModelSpec, parseModelSpec } from '../models/modelSpec.ts';
import { DataDirBusyError } from '../store/dataDirLock.ts';
import { type ChatBackend, type ChatTurn, localBackend, serverBackend } from './chatBackend.ts';
import { ADVICE, heldDataDirLine } from './heldDataDir.ts';
import { bold, cyan, dim, exitWithError, printJson, yellow } from './output.ts';

type ChatOptions = {
  graph: string;
  model?: string;
  conversation?: string;
  message?: string;
  json?: boolean;
  server?: string;
};

/**
 * This process's store, unless a running server holds the embedded database: then the chat goes
 * through that server's HTTP API (its model answers), so both see the same conversations.
 */
async function openBackend(opts: ChatOptions, model: string): Promise<ChatBackend> {
  if (opts.server) {
    if (opts.model) throw new Error('--model cannot be used with --server: the server runs its own model');
    return serverBackend(opts.server, opts.graph);
  }
  try {
    return await localBackend(opts.graph, model);
  } catch (error) {
    const url = error instanceof DataDirBusyError ? error.owner?.url : null;
    if (!url || opts.model) throw heldDataDirLine(error, ADVICE.chat) ?? error;
    process.stderr.write(dim(`the server on ${url} holds the embedded database: chatting through it\n`));
    return serverBackend(url, opts.graph);
  }
}

export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description('talk to an assistant in the terminal (interactive, or one turn with --message)')
    .option('--graph <name|path>', 'template name or path to a graph module', 'support')
    .option('--model <spec>', 'offline | openai:<model> (default: SWITCHBOARD_MODEL or offline)')
    .option('--conversation <id>', 'continue an existing conversation')
    .option('--message <text>', 'send one message and exit')
    .option('--json', 'machine-readable output (with --message)')
    .option('--server <url>', 'chat through a running `switchboard serve` (API key: SWITCHBOARD_API_KEY)')
    .action(async (opts: ChatOptions) => {
      try {
        const model = opts.model ?? defaultModelSpec();
        parseModelSpec(model); // fail on a bad spec before opening anything
        if (opts.json && opts.message === undefined) throw new Error('--json needs --message');
        const backend = await openBackend(opts, model);
        const conversationId = opts.conversation
          ? await backend.existingConversation(opts.conversation)
          : await backend.createConversation();
        if (opts.message !== undefined) await oneTurn(backend, conversationId, opts.message, !!opts.json);
        else await interactive(backend, conversationId);
        await backend.close();
      } catch (error) {
        exitWithError(error);
      }
    });
}

async function oneTurn(
  backend: ChatBackend,
  conversationId: string,
  text: string,
  json: boolean,
): Promise<void> {
  const result = await backend.send(conversationId, text);
  if (json) {
    printJson({
      conversationId,
      agent: result.agent,
      reply: result.reply,
      status: result.status,
      handoffs: result.handoffs.map(({ from, to, reason, intent, kind }) => ({
        from,
        to,
        reason,
        intent,
        kind,
      })),
    });
  } else {
    printTurn(result);
  }
}

async function interactive(backend: ChatBackend, conversationId: string): Promise<void> {
  process.stdout.write(
    `${bold(`Switchboard · ${backend.graph}`)} ${dim(`· ${backend.describe}`)}\n` +
      `${dim(`conversation ${conversationId} · /quit to leave, /new for a new conversation`)}\n\n`,
  );
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  let id = conversationId;
  rl.setPrompt(`${cyan('you')} › `);
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text === '/new') {
      id = await backend.createConversation();
      process.stdout.write(dim(`new conversation ${id}\n`));
    } else if (text) {
      try {
        printTurn(await backend.send(id, text));
      } catch (error) {
        process.stdout.write(`${yellow('error')}: ${(error as Error).message}\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
  process.stdout.write(dim(`\nconversation saved: switchboard chat --conversation ${id}\n`));
}

function printTurn(result: ChatTurn): void {
  for (const h of result.handoffs) {
    const tag = h.kind === 'handoff' ? '↪' : h.kind === 'fallback' ? '⚠' : '✗';
    process.stdout.write(dim(`  ${tag} ${h.from} → ${h.to}: ${h.reason}\n`));
  }
  for (const call of result.toolCalls) {
    process.stdout.write(
      dim(`  ⚙ ${call.tool}(${JSON.stringify(call.arguments)})${call.replayed ? ' (replayed)' : ''}\n`),
    );
  }
  process.stdout.write(`${bold(result.agent)} › ${result.reply}\n`);
  if (result.status === 'awaiting_human') process.stdout.write(dim('  (waiting for a human operator)\n'));
  if (result.status === 'awaiting_approval')
    process.stdout.write(dim('  (a tool call waits for approval: switchboard approvals list)\n'));
}
