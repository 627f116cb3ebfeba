import { assistantItem } from '../../runtime/runTurn.ts';
import { type ConversationRecord, type ConversationStore, turnCommitOf } from '../../store/types.ts';

/**
 * The greeting of a call as its own turn (an assistant item, no caller item), as the Realtime pipeline
 * stores it: the history shows what the caller heard first, the model of the next turn sees it, and the
 * caller's first utterance is the turn after. Returns the greeting's turn.
 */
export async function storeGreeting(
  store: ConversationStore,
  record: ConversationRecord,
  agent: string,
  text: string,
): Promise<number> {
  const turn = record.turnCount + 1;
  await store.commitTurn(turnCommitOf(record, turn, { items: [{ agent, item: assistantItem(text) }] }));
  return turn;
}

/**
 * Replaces the stored reply of `turn` (the conversation's last item, if it is still that turn's
 * assistant message) by the words the caller heard, marked incomplete with an ellipsis.
 */
export async function truncateStoredReply(
  store: ConversationStore,
  conversationId: string,
  turn: number,
  heard: string,
): Promise<boolean> {
  const [last] = await store.getItems(conversationId, { limit: 1 });
  const item = last?.item as { role?: string; content?: unknown } | undefined;
  if (!last || last.turn !== turn || item?.role !== 'assistant') return false;
  const text = heard ? `${heard}…` : '…';
  const content = Array.isArray(item.content)
    ? item.content.map((part: { type?: string }) => (part.type === 'output_text' ? { ...part, text } : part))
    : text;
  await store.popItem(conversationId);
  await store.appendItems(
    conversationId,
    [{ agent: last.agent, item: { ...item, content, status: 'incomplete' } as never }],
    last.turn,
  );
  return true;
}
