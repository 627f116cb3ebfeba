import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { defaultModelSpec, describeModelSpec, parseModelSpec } from '../models/modelSpec.ts';
import { openSwitchboard } from '../runtime/openSwitchboard.ts';
import type { TurnResult } from '../runtime/runTurn.ts';
import type { Switchboard } from '../runtime/switchboard.ts';
import { bold, cyan, dim, exitWithError, printJson, yellow } from './output.ts';

type ChatOptions = { graph: string; model?: string; conversation?: string; message?: string; json?: boolean };

export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description('talk to an assistant in the terminal (interactive, or one turn with --message)')
    .option('--graph <name|path>', 'template name or path to a graph module', 'support')
    .option('--model <spec>', 'offline | openai:<model> (default: SWITCHBOARD_MODEL or offline)')
    .option('--conversation <id>', 'continue an existing conversation')
    .option('--message <text>', 'send one message and exit')
    .option('--json', 'machine-readable output (with --message)')
    .action(async (opts: ChatOptions) => {
      try {
        const model = opts.model ?? defaultModelSpec();
        parseModelSpec(model); // fail on a bad spec before opening anything
        if (opts.json && opts.message === undefined) throw new Error('--json needs --message');
        const sb = await openSwitchboard({ graph: opts.graph, model });
        const conversationId = opts.conversation
          ? (await sb.getConversation(opts.conversation)).id
          : (await sb.createConversation()).id;
        if (opts.message !== undefined) await oneTurn(sb, conversationId, opts.message, !!opts.json);
        else await interactive(sb, conversationId, model);
        await sb.store.close();
      } catch (error) {
        exitWithError(error);
      }
    });
}

async function oneTurn(sb: Switchboard, conversationId: string, text: string, json: boolean): Promise<void> {
  const result = await sb.send(conversationId, text);
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

async function interactive(sb: Switchboard, conversationId: string, model: string): Promise<void> {
  process.stdout.write(
    `${bold(`Switchboard · ${sb.graph.name}`)} ${dim(`· model ${describeModelSpec(model)} · store ${sb.store.kind}`)}\n` +
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
      id = (await sb.createConversation()).id;
      process.stdout.write(dim(`new conversation ${id}\n`));
    } else if (text) {
      try {
        printTurn(await sb.send(id, text));
      } catch (error) {
        process.stdout.write(`${yellow('error')}: ${(error as Error).message}\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
  process.stdout.write(dim(`\nconversation saved: switchboard chat --conversation ${id}\n`));
}

function printTurn(result: TurnResult): void {
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
