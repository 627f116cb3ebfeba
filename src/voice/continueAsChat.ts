import { InputError, type Switchboard } from '../runtime/switchboard.ts';
import type { ConversationRecord } from '../store/types.ts';

/**
 * A call that ends leaves its conversation `ended`, and chat refuses ended conversations. A caller who
 * follows up in writing continues the same conversation (same id, the call's transcript as history)
 * once it is reopened here. Only a conversation a call ended is reopened; one closed any other way stays closed.
 */
export async function continueAsChat(sb: Switchboard, conversationId: string): Promise<ConversationRecord> {
  const record = await sb.getConversation(conversationId);
  if (record.status !== 'ended') return record;
  const events = await sb.store.listEvents(conversationId);
  if (!events.some((e) => e.type === 'voice.ended'))
    throw new InputError(`conversation ${conversationId} has ended and was not a call`);
  await sb.store.setStatus(conversationId, 'active');
  return sb.getConversation(conversationId);
}
