import type { Switchboard } from '../runtime/switchboard.ts';
import {
  ConcurrentTurnError,
  type ConversationStatus,
  type NewEvent,
  type NewHandoff,
} from '../store/types.ts';
import { publisherOf } from '../voice/voiceSession.ts';

/** How a phone transfer ended. `answered`: a person picked up and the caller was put through. */
export type TransferOutcome = 'answered' | 'no-answer' | 'busy' | 'voicemail' | 'failed';

/**
 * Telephony events on a conversation, stored with the call's last turn and published live like any
 * turn event (dashboard, SSE). Typed here so analytics and the UI read the same shapes.
 */
export type TelephonyEventMap = {
  'telephony.transfer.started': {
    transferId: string;
    from: string;
    to: string;
    target: string;
    mode: 'cold' | 'warm';
    callSid: string;
  };
  'telephony.transfer.answered': { transferId: string; target: string; timeToAnswerMs: number };
  'telephony.transfer.completed': {
    transferId: string;
    target: string;
    outcome: TransferOutcome;
    /** From the start of the transfer to the outcome. */
    durationMs: number;
    timeToAnswerMs: number | null;
    /** The agent the caller is back with after a failed transfer; null when a person took the call. */
    returnedTo: string | null;
  };
  /** The caller asked to be called back (recorded for the operator inbox). */
  'telephony.callback.requested': { transferId: string | null; number: string | null; reason: string };
  'telephony.outbound.started': { callId: string; callSid: string; to: string };
  /** `answeredBy` is Twilio's AMD verdict; `message` the voicemail left, when one was. */
  'telephony.outbound.completed': {
    callId: string;
    outcome: 'answered' | 'voicemail' | 'no-answer' | 'busy' | 'failed';
    answeredBy?: string;
    message?: string;
  };
};
export type TelephonyEventName = keyof TelephonyEventMap;
export type TelephonyEvent = {
  [K in TelephonyEventName]: { type: K; data: TelephonyEventMap[K] };
}[TelephonyEventName];

/**
 * Writes telephony events (and optionally a handoff, the active agent and the status) to a
 * conversation outside a model turn: a commit on its last turn, retried when a turn commits first.
 */
export async function recordTelephony(
  sb: Switchboard,
  conversationId: string,
  events: TelephonyEvent[],
  change: { handoff?: Omit<NewHandoff, 'turn'>; activeAgent?: string; status?: ConversationStatus } = {},
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const record = await sb.store.getConversation(conversationId);
    if (!record) return;
    const turn = record.turnCount;
    const stored: NewEvent[] = events.map((e) => ({
      turn,
      type: e.type,
      data: e.data as Record<string, unknown>,
    }));
    try {
      await sb.store.commitTurn({
        conversationId,
        expectedVersion: record.version,
        turn,
        items: [],
        handoffs: change.handoff ? [{ ...change.handoff, turn }] : [],
        events: stored,
        activeAgent: change.activeAgent ?? record.activeAgent,
        status: change.status ?? record.status,
        context: record.context,
        toolCallsAdded: 0,
      });
    } catch (error) {
      if (error instanceof ConcurrentTurnError && attempt < 5) continue;
      throw error;
    }
    const publish = publisherOf(sb);
    if (change.handoff) publish(conversationId, { type: 'handoff', turn, data: { ...change.handoff } });
    for (const e of stored) publish(conversationId, { type: e.type, turn, data: e.data });
    return;
  }
}
