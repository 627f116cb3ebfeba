import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { normalizeId } from '../shared/words.ts';
import { accountScope, findAccount, ofAccount, rememberAccount, unknownAccount } from './accountLookup.ts';
import { explainCall } from './callErrors.ts';
import type { SupportContext } from './context.ts';
import { formatDuration, formatWhen } from './format.ts';
import { supportCallLogs, supportWebhooks } from './schema.ts';
import { diagnoseWebhook } from './webhookDiagnosis.ts';

type Ctx = ToolRunContext<SupportContext>;
type CallLog = typeof supportCallLogs.$inferSelect;
type Webhook = typeof supportWebhooks.$inferSelect;

/** How many failed calls to read out: enough to see a pattern, few enough to say aloud. */
const RECENT_FAILURES = 3;

function describeCall(call: CallLog) {
  const { meaning, fix } = explainCall(call.status, call.errorCode);
  return {
    callId: call.id,
    accountId: call.accountId,
    from: call.fromNumber,
    to: call.toNumber,
    startedAt: formatWhen(call.startedAt),
    duration: formatDuration(call.durationS),
    status: call.status,
    errorCode: call.errorCode ?? 'none',
    explanation: meaning,
    fix,
  };
}

async function rememberAccountById(ctx: Ctx, accountId: string) {
  const account = await findAccount(ctx.db, accountId);
  if (account) rememberAccount(ctx.state, account);
}

export const fetchCallLog = defineTool({
  name: 'fetch_call_log',
  description:
    "Look up calls in the call log and explain why they failed or dropped, with the fix. Use it when a caller says calls fail, drop, don't connect or show an error code. Pass callId for one call; otherwise pass accountId to get that account's most recent failed or dropped calls.",
  parameters: z.object({
    callId: z
      .string()
      .optional()
      .describe('Call ID from the dashboard, e.g. CALL-50111; omit if the caller has none'),
    accountId: z
      .string()
      .optional()
      .describe('Account ID, e.g. ACC-1001; used to list recent failed calls when there is no callId'),
  }),
  execute: async (args, ctx: Ctx) => {
    const callId = normalizeId('CALL', args.callId);
    const scope = accountScope(args.accountId, ctx.state);
    if (!scope.ok) return scope.result;
    if (callId) {
      const [row] = await ctx.db
        .select()
        .from(supportCallLogs)
        .where(eq(supportCallLogs.id, callId))
        .limit(1);
      const call = ofAccount(row, scope.accountId);
      if (!call) {
        return {
          found: false,
          callId,
          message: `I couldn't find call ${callId}. Call IDs look like CALL-50111.`,
        };
      }
      await rememberAccountById(ctx, call.accountId);
      const described = describeCall(call);
      return { found: true, count: 1, ...described, calls: [described], summary: summarize(described) };
    }
    const accountId = scope.accountId;
    if (!accountId) {
      return {
        found: false,
        missing: 'accountId',
        message:
          'I need the call ID (like CALL-50111) or your account ID (like ACC-1001) to check the call log.',
      };
    }
    const account = await findAccount(ctx.db, accountId);
    if (!account) return unknownAccount(accountId);
    rememberAccount(ctx.state, account);
    const rows = await ctx.db
      .select()
      .from(supportCallLogs)
      .where(
        and(eq(supportCallLogs.accountId, accountId), inArray(supportCallLogs.status, ['failed', 'dropped'])),
      )
      .orderBy(desc(supportCallLogs.startedAt))
      .limit(RECENT_FAILURES);
    if (rows.length === 0) {
      return {
        found: false,
        accountId,
        count: 0,
        message: `There are no failed or dropped calls on account ${accountId} in the log.`,
      };
    }
    const calls = rows.map(describeCall);
    const more =
      calls.length > 1 ? ` That's the latest of ${calls.length} recent failed or dropped calls.` : '';
    return { found: true, count: calls.length, ...calls[0], calls, summary: summarize(calls[0]) + more };
  },
});

function summarize(call: ReturnType<typeof describeCall>): string {
  const code = call.errorCode === 'none' ? '' : ` (${call.errorCode})`;
  return `Call ${call.callId} on ${call.startedAt} ${call.status}${code}. ${call.explanation} ${call.fix}`;
}

/** Failing webhooks first, then the most recently delivered: the one a caller is most likely asking about. */
function mostRelevant(hooks: Webhook[]): Webhook {
  const score = (h: Webhook) => (diagnoseWebhook(h.lastStatus, h.lastError).healthy ? 0 : 1);
  return [...hooks].sort(
    (a, b) =>
      score(b) - score(a) ||
      (b.lastDeliveryAt?.getTime() ?? 0) - (a.lastDeliveryAt?.getTime() ?? 0) ||
      a.id.localeCompare(b.id),
  )[0];
}

export const runWebhookDiagnostic = defineTool({
  name: 'run_webhook_diagnostic',
  description:
    "Check a webhook's last delivery and explain the failure (4xx, 5xx, timeout, TLS/certificate or connection) with the recommended fix. Use it when a caller says webhooks or event notifications are not arriving or are erroring. Pass webhookId if known; otherwise pass accountId and the failing webhook is picked.",
  parameters: z.object({
    webhookId: z.string().optional().describe('Webhook ID from the dashboard, e.g. WH-303; omit if unknown'),
    accountId: z
      .string()
      .optional()
      .describe("Account ID, e.g. ACC-1004; used to check the account's webhooks"),
  }),
  execute: async (args, ctx: Ctx) => {
    const webhookId = normalizeId('WH', args.webhookId);
    const scope = accountScope(args.accountId, ctx.state);
    if (!scope.ok) return scope.result;
    let hook: Webhook | null;
    let others: string[] = [];
    if (webhookId) {
      const [row] = await ctx.db
        .select()
        .from(supportWebhooks)
        .where(eq(supportWebhooks.id, webhookId))
        .limit(1);
      hook = ofAccount(row, scope.accountId);
      if (!hook)
        return {
          found: false,
          webhookId,
          message: `I couldn't find webhook ${webhookId}. Webhook IDs look like WH-303.`,
        };
    } else {
      const accountId = scope.accountId;
      if (!accountId) {
        return {
          found: false,
          missing: 'accountId',
          message: 'I need the webhook ID (like WH-303) or your account ID (like ACC-1001) to run the check.',
        };
      }
      const account = await findAccount(ctx.db, accountId);
      if (!account) return unknownAccount(accountId);
      const hooks = await ctx.db
        .select()
        .from(supportWebhooks)
        .where(eq(supportWebhooks.accountId, accountId));
      if (hooks.length === 0) {
        rememberAccount(ctx.state, account);
        return { found: false, accountId, message: `Account ${accountId} has no webhooks set up yet.` };
      }
      hook = mostRelevant(hooks);
      others = hooks.filter((h) => h.id !== hook!.id).map((h) => h.id);
    }
    await rememberAccountById(ctx, hook.accountId);
    const result = diagnoseWebhook(hook.lastStatus, hook.lastError);
    return {
      found: true,
      webhookId: hook.id,
      accountId: hook.accountId,
      url: hook.url,
      lastStatus: hook.lastStatus,
      lastError: hook.lastError ?? 'none',
      lastDeliveryAt: formatWhen(hook.lastDeliveryAt),
      ...result,
      otherWebhooks: others,
      message: `${result.diagnosis} ${result.fix}`,
    };
  },
});
