import type { FunctionTool, RunContext } from '@openai/agents-core';
import type { TransportToolCallEvent } from '@openai/agents-realtime';
import { type ApprovalRecord, approvalStoreFor } from '../store/approvals.ts';
import type { ConversationStore } from '../store/types.ts';
import type { CallRecorder } from './callRecorder.ts';

/*
 * Approvals on a call (docs/approvals.md, "On a call"). A tool whose `needsApproval` rule says yes is
 * not run by the call: the pending call is stored exactly as chat stores it (approval row, the function
 * call in the history, `awaiting_approval`), so the operator inbox, the API and the CLI decide it the
 * same way and the decision's resume turn runs the tool once, through the ledger. The caller is told it
 * is being reviewed and held for a bounded time; the call watches the store (any node may decide) and
 * speaks the resumed agent's answer. Past the hold, a callback is promised and recorded instead.
 */

export type CallApprovalSettings = {
  /** How long the caller is held for a decision before a callback is promised (ms). */
  holdMs: number;
  /** How often the store is read for the decision while the caller holds (ms). */
  pollMs: number;
  /** The caller's number (the promised callback is to it), when the call has one. */
  callerNumber: string | null;
};

export const approvalHoldMessage = (reason: string) =>
  `That needs approval from a member of our team: ${reason}. They're reviewing it now; please stay on the line and I'll tell you their decision.`;
export const APPROVAL_CALLBACK_MESSAGE =
  "Our team hasn't decided yet. I've asked them to call you back at the number you're calling from as soon as they have. Is there anything else I can help you with meanwhile?";

/** Why this call needs a person's approval (the tool's rule, as chat asks it), or null to run it now. */
export async function approvalNeeded(
  tool: FunctionTool<any, any, any>,
  runContext: RunContext<any>,
  recorder: CallRecorder,
  call: TransportToolCallEvent,
): Promise<string | null> {
  let args: unknown;
  try {
    args = JSON.parse(call.arguments || '{}');
  } catch {
    return null; // the tool's own parse reports bad arguments to the model
  }
  if (!(await tool.needsApproval(runContext, args as never, call.callId))) return null;
  return recorder.turn.approvalReasons.get(call.callId) ?? `${call.name} requires approval`;
}

export type CallApprovalDeps = {
  store: ConversationStore;
  graph: string;
  recorder: CallRecorder;
  settings: CallApprovalSettings;
  /** The function call's output to the model (no response started by it). */
  output(text: string): void;
  /** Makes the agent say `text` word for word; `aside` keeps it out of the stored history. */
  say(text: string, aside?: boolean): void;
  /** Whether the caller is still on the line. */
  live(): boolean;
};

/**
 * Stores the pending call, tells the caller it is being reviewed, and (without blocking the call)
 * waits for the decision. Returns the stored approval.
 */
export async function holdForApproval(
  deps: CallApprovalDeps,
  agent: string,
  call: TransportToolCallEvent,
  reason: string,
): Promise<ApprovalRecord> {
  const { recorder } = deps;
  const approvals = await approvalStoreFor(deps.store);
  const approval = await approvals.request({
    tenant: recorder.tenant,
    conversationId: recorder.conversationId,
    graph: deps.graph,
    turn: recorder.turnNumber,
    callId: call.callId,
    tool: call.name,
    agent,
    arguments: parseArguments(call.arguments),
    reason,
  });
  recorder.turn.emit('approval.requested', {
    approvalId: approval.id,
    agent,
    tool: call.name,
    callId: call.callId,
    reason,
  });
  // Written now, so the operator sees it while the caller holds. Owed if the call ends undecided.
  await recorder.awaitApproval(agent, call, {
    type: 'telephony.callback.requested',
    data: {
      transferId: null,
      approvalId: approval.id,
      number: deps.settings.callerNumber,
      reason: `decision on ${approval.tool}: ${reason}`,
    },
  });
  deps.output(
    JSON.stringify({
      status: 'pending_approval',
      message: 'A person is reviewing this; the caller is on hold.',
    }),
  );
  deps.say(approvalHoldMessage(reason));
  void waitForDecision(deps, approval).catch(() => {});
  return approval;
}

/**
 * Reads the store until the decision's resume turn has answered (its reply is spoken, as an aside: the
 * history has it already), the caller hangs up, or the hold runs out: then a callback is promised; either
 * way a callback request is recorded (`telephony.callback.requested`) and the decision's answer, when
 * it comes, is in the conversation for the person who calls back.
 */
async function waitForDecision(deps: CallApprovalDeps, approval: ApprovalRecord): Promise<void> {
  const { store, recorder, settings } = deps;
  const deadline = Date.now() + settings.holdMs;
  while (deps.live() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, settings.pollMs));
    const reply = await resumedReply(store, approval);
    if (reply === null) continue;
    if (!deps.live()) return;
    await recorder.resumedElsewhere();
    deps.say(reply, true);
    return;
  }
  if (!deps.live()) return; // the call's end records the callback request (CallRecorder.end)
  recorder.recordOwed();
  deps.say(APPROVAL_CALLBACK_MESSAGE);
}

/** The resumed agent's answer once a decision's turn has committed (the call's result, then a reply). */
async function resumedReply(store: ConversationStore, approval: ApprovalRecord): Promise<string | null> {
  const items = await store.getItems(approval.conversationId);
  const result = items.find(
    (s) =>
      s.turn > approval.turn &&
      (s.item as { type?: string; callId?: string }).type === 'function_call_result' &&
      (s.item as { callId?: string }).callId === approval.callId,
  );
  if (!result) return null;
  const replies = items
    .filter((s) => s.turn === result.turn && (s.item as { role?: string }).role === 'assistant')
    .map((s) => textOf(s.item))
    .filter(Boolean);
  return replies.join(' ') || null;
}

function textOf(item: unknown): string {
  const content = (item as { content?: unknown }).content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((p: { text?: string; transcript?: string }) => p.text ?? p.transcript ?? '').join('');
}

function parseArguments(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
