import type { Command } from 'commander';
import { openSwitchboard } from '../app/openSwitchboard.ts';
import { defaultModelSpec, parseModelSpec } from '../models/modelSpec.ts';
import { pendingApprovals } from '../runtime/approvalPause.ts';
import { type ApprovalDecision, type ApprovalRecord, approvalStoreFor } from '../store/approvals.ts';
import { openStore } from '../store/openStore.ts';
import { bold, dim, exitWithError, printJson } from './output.ts';

/*
 * `switchboard approvals`: the operator's view on the database itself (like `conversations`), so it
 * sees every tenant; `--tenant` narrows it (`--tenant none`: conversations without a tenant). Deciding
 * runs the resumed turn here, with the graph and model of this process (docs/approvals.md).
 */

const tenantOf = (value: string | undefined): string | null | undefined =>
  value === undefined ? undefined : value === 'none' ? null : value;

function describe(a: ApprovalRecord): string {
  const who = a.tenant ?? 'no tenant';
  const decided = a.decidedAt ? ` · ${a.status} by ${a.decidedBy} at ${a.decidedAt.toISOString()}` : '';
  return (
    `${bold(a.id)}  ${a.graph} · ${who} · conversation ${a.conversationId} turn ${a.turn}\n` +
    `  ${a.agent} → ${a.tool}(${JSON.stringify(a.arguments)})\n` +
    `  ${dim(a.reason)}${decided}${a.note ? `\n  note: ${a.note}` : ''}\n`
  );
}

export function registerApprovalsCommand(program: Command): void {
  const approvals = program
    .command('approvals')
    .description('tool calls waiting for a person: list them, approve or deny (the conversation resumes)');
  approvals
    .command('list')
    .option('--tenant <name>', "only this tenant's ('none': conversations without a tenant)")
    .option('--graph <name>', 'only this graph')
    .option('--json', 'machine-readable output')
    .action(async (opts: { tenant?: string; graph?: string; json?: boolean }) => {
      try {
        const store = await openStore();
        try {
          const rows = await pendingApprovals(store, { tenant: tenantOf(opts.tenant), graph: opts.graph });
          if (opts.json) printJson(rows);
          else if (rows.length === 0) process.stdout.write('no approvals pending\n');
          else for (const a of rows) process.stdout.write(describe(a));
        } finally {
          await store.close();
        }
      } catch (error) {
        exitWithError(error);
      }
    });
  for (const [verb, status] of [
    ['approve', 'approved'],
    ['deny', 'denied'],
  ] as [string, ApprovalDecision][]) {
    approvals
      .command(`${verb} <id>`)
      .option(
        '--note <text>',
        verb === 'deny' ? 'why (the agent tells the customer)' : 'a note for the audit',
      )
      .option('--by <name>', 'who decides (default: the system user)')
      .option('--model <spec>', 'offline | openai:<model> (default: SWITCHBOARD_MODEL or offline)')
      .option('--json', 'machine-readable output')
      .action(async (id: string, opts: { note?: string; by?: string; model?: string; json?: boolean }) => {
        try {
          const model = opts.model ?? defaultModelSpec();
          parseModelSpec(model);
          const store = await openStore();
          try {
            const approval = await (await approvalStoreFor(store)).get(id);
            if (!approval) throw new Error(`approval ${id} not found`);
            const sb = await openSwitchboard({ graph: approval.graph, model, store });
            const by = `${opts.by ?? process.env.USER ?? 'cli'} (cli)`;
            const decided = await sb.decideApproval(id, { status, by, note: opts.note });
            if (opts.json) printJson(decided);
            else {
              process.stdout.write(describe(decided.approval));
              process.stdout.write(
                decided.result
                  ? `${bold(decided.result.agent)}: ${decided.result.reply}\n`
                  : dim('already decided; nothing ran again\n'),
              );
            }
          } finally {
            await store.close();
          }
        } catch (error) {
          exitWithError(error);
        }
      });
  }
}
