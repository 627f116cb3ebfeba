import { type CountedHandoff, countReroutes } from '../policy/rerouteCount.ts';
import type { ConversationRecord, ConversationStore } from '../store/types.ts';

/** What the handoff policy needs of a conversation's handoff log (handoffPolicy.ts's PolicyView). */
export type HandoffHistory = {
  /** The last accepted transfer, for ping-pong and the handoff count of reroutes. */
  last: { from: string; to: string; turn: number } | null;
  /** Reroutes so far (rerouteCount.ts), for the handoff cap. */
  reroutes: number;
};

export const NO_HANDOFFS: HandoffHistory = { last: null, reroutes: 0 };

/** Reads the conversation's handoff log, for a chat turn (runTurn.ts) and a call (src/voice) alike. */
export async function handoffHistoryOf(
  store: ConversationStore,
  record: ConversationRecord,
  entry: string,
): Promise<HandoffHistory> {
  if (record.handoffCount === 0) return NO_HANDOFFS;
  return handoffHistoryFromLog(await store.listHandoffs(record.id), entry);
}

/** The same from a log already read (a SQL store's one-statement turn load carries it). */
export function handoffHistoryFromLog(log: readonly CountedHandoff[], entry: string): HandoffHistory {
  const last = log.findLast((h) => h.kind !== 'rejected');
  return {
    last: last ? { from: last.from, to: last.to, turn: last.turn } : null,
    reroutes: countReroutes(log, entry),
  };
}
