import type { ConversationRecord, ConversationStore } from '../store/types.ts';

/**
 * Whether an ended conversation was ended by a call, with nothing after it: the call's `voice.ended`
 * is in its last turn. A chat ended explicitly has no such event; one that continued after a call and
 * was then ended explicitly has turns past it. Only the former kind may continue.
 */
export async function endedByCall(store: ConversationStore, record: ConversationRecord): Promise<boolean> {
  if (record.status !== 'ended') return false;
  const events = await store.listEvents(record.id);
  const ended = events.findLast((e) => e.type === 'voice.ended');
  return ended !== undefined && ended.turn >= record.turnCount;
}

/**
 * A call leaves its conversation `ended`, yet a caller who follows up (in writing, or by calling again)
 * continues the same conversation: same id, the call's transcript as history, the active agent and the
 * context as the call left them. Reopens such a conversation and returns it active; returns null for
 * any other ended conversation, which stays closed (the caller refuses it as before).
 */
export async function reopenAfterCall(
  store: ConversationStore,
  record: ConversationRecord,
): Promise<ConversationRecord | null> {
  if (!(await endedByCall(store, record))) return null;
  await store.setStatus(record.id, 'active');
  return (await store.getConversation(record.id)) ?? null;
}
