import type { Switchboard } from '../runtime/switchboard.ts';
import type { TelephonyEventName, TransferOutcome, TurnEventMap } from '../runtime/turnEvents.ts';
import {
  ConcurrentTurnError,
  type ConversationStatus,
  type NewEvent,
  type NewHandoff,
  turnCommitOf,
} from '../store/types.ts';

// The event shapes live in the conversation's one event map (src/runtime/turnEvents.ts).
export type { TransferOutcome };
export type TelephonyEventMap = Pick<TurnEventMap, TelephonyEventName>;

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
      await sb.store.commitTurn(
        turnCommitOf(record, turn, {
          handoffs: change.handoff ? [{ ...change.handoff, turn }] : [],
          events: stored,
          activeAgent: change.activeAgent ?? record.activeAgent,
          status: change.status ?? record.status,
        }),
      );
    } catch (error) {
      if (error instanceof ConcurrentTurnError && attempt < 5) continue;
      throw error;
    }
    if (change.handoff) sb.publish(conversationId, { type: 'handoff', turn, data: { ...change.handoff } });
    for (const e of events) sb.publish(conversationId, { ...e, turn });
    return;
  }
}
