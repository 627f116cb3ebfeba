import type { Command } from 'commander';
import { openStore } from '../store/openStore.ts';
import type { ConversationStatus } from '../store/types.ts';
import { ADVICE, heldDataDirLine } from './heldDataDir.ts';
import { bold, dim, exitWithError, positiveInt, printJson } from './output.ts';

const STATUSES = ['active', 'awaiting_human', 'awaiting_approval', 'ended'];

export function registerConversationsCommand(program: Command): void {
  const conversations = program.command('conversations').description('list and inspect stored conversations');
  conversations
    .command('list')
    .option('--graph <name>', 'only this graph')
    .option('--status <status>', STATUSES.join(' | '))
    .option(
      '--tenant <name>',
      "only this tenant's ('none': conversations from before the first API key, which no key can read)",
    )
    .option('--limit <n>', 'at most n rows', positiveInt('--limit'), 50)
    .option('--json', 'machine-readable output')
    .action(
      async (opts: { graph?: string; status?: string; tenant?: string; limit: number; json?: boolean }) => {
        try {
          if (opts.status && !STATUSES.includes(opts.status))
            throw new Error(`--status must be one of ${STATUSES.join(', ')}`);
          const store = await openStore();
          const rows = await store.listConversations({
            graph: opts.graph,
            status: opts.status as ConversationStatus,
            tenant: opts.tenant === undefined ? undefined : opts.tenant === 'none' ? null : opts.tenant,
            limit: opts.limit,
          });
          if (opts.json) printJson(rows);
          else if (rows.length === 0) process.stdout.write('no conversations\n');
          else
            for (const c of rows) {
              process.stdout.write(
                `${c.id}  ${c.graph.padEnd(10)} ${(c.tenant ?? '(no tenant)').padEnd(12)} ${c.status.padEnd(17)} ${c.activeAgent.padEnd(12)} turns=${c.turnCount} handoffs=${c.handoffCount}  ${dim(c.updatedAt.toISOString())}\n`,
              );
            }
          await store.close();
        } catch (error) {
          exitWithError(heldDataDirLine(error, ADVICE.read('conversations', '/v1/conversations')) ?? error);
        }
      },
    );
  conversations
    .command('show <id>')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }) => {
      try {
        const store = await openStore();
        const conversation = await store.getConversation(id);
        if (!conversation) throw new Error(`conversation ${id} not found`);
        const [items, handoffs, events] = await Promise.all([
          store.getItems(id),
          store.listHandoffs(id),
          store.listEvents(id),
        ]);
        if (opts.json) printJson({ conversation, items, handoffs, events });
        else {
          process.stdout.write(
            `${bold(conversation.id)} · ${conversation.graph} · ${conversation.status} · active ${conversation.activeAgent}\n`,
          );
          process.stdout.write(`context ${JSON.stringify(conversation.context)}\n\n`);
          for (const { item, agent, turn } of items) {
            const line = describeItem(item as any);
            if (line) process.stdout.write(`${dim(`t${turn}`)} ${agent ? bold(agent) : 'user'}: ${line}\n`);
          }
          if (handoffs.length) process.stdout.write('\nhandoffs:\n');
          for (const h of handoffs)
            process.stdout.write(`  t${h.turn} ${h.from} → ${h.to} [${h.kind}] ${h.reason}\n`);
        }
        await store.close();
      } catch (error) {
        exitWithError(heldDataDirLine(error, ADVICE.read('it', `/v1/conversations/${id}`)) ?? error);
      }
    });
}

function describeItem(item: any): string | null {
  if (item.role === 'user')
    return typeof item.content === 'string' ? item.content : JSON.stringify(item.content);
  if (item.role === 'assistant') return (item.content ?? []).map((p: any) => p.text ?? '').join('');
  if (item.type === 'function_call') return dim(`${item.name}(${item.arguments})`);
  if (item.type === 'function_call_result')
    return dim(
      `→ ${typeof item.output === 'string' ? item.output : (item.output?.text ?? '')}`.slice(0, 160),
    );
  return null;
}
