import type { RunToolApprovalItem } from '@openai/agents-core';
import { type ApprovalRecord, approvalStoreFor } from '../store/approvals.ts';
import type { ConversationRecord, ConversationStore } from '../store/types.ts';
import type { TurnState } from './turnState.ts';

/*
 * Approve-then-resume (docs/approvals.md). A tool's `needsApproval` rule makes the SDK stop the run on
 * the call (an interruption). The pending call is stored, the conversation commits `awaiting_approval`
 * with the function call in its history, and a person's decision later resumes it from the agent that
 * asked (resumeApproval.ts). The SDK's serialized RunState is not kept: the stored history plus the
 * pending call is all a resume needs, and it survives SDK upgrades and any node picking it up.
 */

/** Said to the customer while a call waits for a decision and they write again. */
export const STILL_AWAITING_APPROVAL_REPLY =
  "Your request is still with our team for review; I'll update you here as soon as they decide.";

export function awaitingApprovalReply(reasons: string[]): string {
  return (
    `That needs approval from a member of our team (${reasons.join('; ')}). ` +
    "It's being reviewed now, and I'll update you here as soon as they decide."
  );
}

/**
 * Stores each call the run stopped on as a pending approval (idempotent per conversation, turn and
 * call id, so a retried turn does not ask twice) and returns what the customer is told.
 */
export async function pauseForApproval(
  store: ConversationStore,
  record: ConversationRecord,
  turn: TurnState,
  interruptions: RunToolApprovalItem[],
): Promise<{ reply: string; agent: string }> {
  const approvals = await approvalStoreFor(store);
  const reasons: string[] = [];
  let agent = record.activeAgent;
  for (const interruption of interruptions) {
    const call = interruption.rawItem as { name?: string; callId?: string; arguments?: string };
    const tool = call.name ?? interruption.name ?? 'tool';
    const callId = call.callId ?? turn.nextCallId();
    agent = interruption.agent.name;
    const reason = turn.approvalReasons.get(callId) ?? `${tool} requires approval`;
    const approval = await approvals.request({
      tenant: record.tenant,
      conversationId: record.id,
      graph: record.graph,
      turn: turn.turn,
      callId,
      tool,
      agent,
      arguments: parseArguments(call.arguments),
      reason,
    });
    turn.emit('approval.requested', { approvalId: approval.id, agent, tool, callId, reason });
    reasons.push(reason);
  }
  return { reply: awaitingApprovalReply(reasons), agent };
}

function parseArguments(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw ?? null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * The approvals a conversation is waiting on: those whose function call is in the history of the turn
 * that asked and has no result yet (the customer may have written since). A row left by an attempt
 * that never committed (a crash, a lost race) has no call in the history, so it is not one.
 */
export async function liveApprovals(
  store: ConversationStore,
  record: ConversationRecord,
): Promise<ApprovalRecord[]> {
  if (record.status !== 'awaiting_approval') return [];
  const approvals = await approvalStoreFor(store);
  const [rows, items] = await Promise.all([
    approvals.list({ conversationId: record.id }),
    store.getItems(record.id),
  ]);
  const calls = new Set<string>();
  const answered = new Map<string, number>();
  for (const { turn, item } of items) {
    const { type, callId } = item as { type?: string; callId?: string };
    if (type === 'function_call') calls.add(`${turn}\u0000${callId}`);
    else if (type === 'function_call_result' && callId) answered.set(callId, turn);
  }
  return rows.filter(
    (r) => calls.has(`${r.turn}\u0000${r.callId}`) && !((answered.get(r.callId) ?? -1) >= r.turn),
  );
}

/** Pending approvals that conversations are really waiting on (see liveApprovals), oldest first. */
export async function pendingApprovals(
  store: ConversationStore,
  filter: { tenant?: string | null; graph?: string; limit?: number } = {},
): Promise<ApprovalRecord[]> {
  const rows = await (await approvalStoreFor(store)).list({ tenant: filter.tenant, status: 'pending' });
  const live: ApprovalRecord[] = [];
  const byConversation = new Map<string, Promise<Set<string>>>();
  for (const row of rows) {
    if (filter.graph !== undefined && row.graph !== filter.graph) continue;
    let ids = byConversation.get(row.conversationId);
    if (!ids) {
      ids = store
        .getConversation(row.conversationId)
        .then(async (c) => new Set(c ? (await liveApprovals(store, c)).map((a) => a.id) : []));
      byConversation.set(row.conversationId, ids);
    }
    if ((await ids).has(row.id)) live.push(row);
    if (filter.limit && live.length >= filter.limit) break;
  }
  return live;
}
