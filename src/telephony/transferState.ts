import type { Switchboard } from '../runtime/switchboard.ts';
import type { TelephonyEventMap, TransferOutcome } from './telephonyEvents.ts';

/** Where a transfer's callbacks find it: the ids Twilio posts back in the (signed) callback URL. */
export type TransferRef = { id: string; graph: string; conversationId: string };

/**
 * A phone transfer as the conversation's events record it. Any node reads it back from the store, so
 * a Twilio callback arriving at another node, or after a restart, finds the transfer (and the agent
 * to return to) exactly as the node that started it would.
 */
export type TransferState = {
  id: string;
  sb: Switchboard;
  conversationId: string;
  /** The caller's call, and their number (the callback is to it). */
  callSid: string;
  callerNumber: string | null;
  /** The agent that transferred, and the node the caller was transferred to. */
  from: string;
  to: string;
  target: string;
  mode: 'cold' | 'warm';
  startedAt: number;
  answeredAt: number | null;
  outcome: TransferOutcome | null;
};

type Started = TelephonyEventMap['telephony.transfer.started'];

/** The transfer `id` of a conversation from its stored events; null when it never started there. */
export async function loadTransfer(sb: Switchboard, conversationId: string, id: string) {
  const events = (await sb.store.listEvents(conversationId)).filter(
    (e) => e.type.startsWith('telephony.transfer.') && e.data.transferId === id,
  );
  const started = events.find((e) => e.type === 'telephony.transfer.started');
  if (!started) return null;
  const data = started.data as Started;
  const startedAt = data.startedAt ?? started.createdAt.getTime();
  const answered = events.find((e) => e.type === 'telephony.transfer.answered')?.data as
    | TelephonyEventMap['telephony.transfer.answered']
    | undefined;
  const completed = events.find((e) => e.type === 'telephony.transfer.completed')?.data as
    | TelephonyEventMap['telephony.transfer.completed']
    | undefined;
  const state: TransferState = {
    id,
    sb,
    conversationId,
    callSid: data.callSid,
    callerNumber: data.callerNumber ?? null,
    from: data.from,
    to: data.to,
    target: data.target,
    mode: data.mode,
    startedAt,
    answeredAt: answered ? startedAt + answered.timeToAnswerMs : null,
    outcome: completed?.outcome ?? null,
  };
  return state;
}

/**
 * The message the agent opens a call with when the caller is back from a failed transfer: the last
 * transfer of the conversation ended unanswered and no call has started on it since. Read from the
 * store, so whichever node the caller comes back to says it, once.
 */
export async function pendingReturn(
  sb: Switchboard,
  conversationId: string,
): Promise<{ outcome: TransferOutcome } | null> {
  const events = await sb.store.listEvents(conversationId);
  const last = events.findLast((e) => e.type === 'telephony.transfer.completed');
  if (!last) return null;
  const data = last.data as TelephonyEventMap['telephony.transfer.completed'];
  if (data.returnedTo === null) return null;
  if (events.some((e) => e.seq > last.seq && e.type === 'voice.started')) return null;
  return { outcome: data.outcome };
}
