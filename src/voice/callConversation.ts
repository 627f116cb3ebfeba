import { reopenAfterCall } from '../runtime/reopenAfterCall.ts';
import { InputError, type Switchboard } from '../runtime/switchboard.ts';
import { type ConversationRecord, NotFoundError } from '../store/types.ts';

/**
 * The conversation a call continues (a chat moving to voice, a caller calling back). An ended one is
 * continued only if a call ended it, by the rule chat messages follow (`Switchboard.send`); one ended
 * explicitly is refused as a chat message to it is.
 */
export async function reopenForCall(
  sb: Switchboard,
  conversationId: string,
  tenant?: string | null,
): Promise<ConversationRecord> {
  const record = await sb.getConversation(conversationId);
  // Checked here too, not only by the routes: a call never attaches to another tenant's conversation.
  if (tenant !== undefined && record.tenant !== tenant)
    throw new NotFoundError(`conversation ${conversationId}`);
  if (record.status !== 'ended') return record;
  const reopened = await reopenAfterCall(sb.store, record);
  if (!reopened) throw new InputError(`conversation ${conversationId} has ended`);
  return reopened;
}
