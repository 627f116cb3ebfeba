import type { AgentInputItem } from '@openai/agents-core';
import type { ConversationStore, StoredItem } from '../store/types.ts';

export const AWAITING_HUMAN_REPLY =
  'Thanks — a member of our team has your conversation and will reply here shortly.';

/** How the later acknowledgements start: how a parked acknowledgement is told from anything else. */
const ADDED = "Thanks, I've added that to your conversation";

/** Items read back to count the acknowledgements already given (two per parked message). */
const LOOK_BACK = 40;

/**
 * What a customer hears for a message sent while the conversation waits for a person. The first
 * time, that a person has it; after that, that this message was added too, with how many are now
 * waiting. Never the same sentence three times in a row (issue #23: a caller who keeps writing
 * while waiting heard "Thanks — a member of our team…" word for word after every message, which
 * reads as a bot stuck in a loop rather than a queue that is taking their messages).
 */
export async function awaitingHumanReply(store: ConversationStore, conversationId: string): Promise<string> {
  const given = acknowledgementsSinceParked(await store.getItems(conversationId, { limit: LOOK_BACK }));
  if (given === 0) return AWAITING_HUMAN_REPLY;
  return `${ADDED}: a member of our team will see all ${given + 1} of your messages when they reply here.`;
}

/** Parked acknowledgements at the end of the history, each after the customer's message. */
function acknowledgementsSinceParked(items: readonly StoredItem[]): number {
  let n = 0;
  for (let i = items.length - 1; i >= 1; i -= 2) {
    const said = assistantText(items[i].item);
    const before = items[i - 1].item as { role?: string };
    if (said === undefined || before.role !== 'user') break;
    if (said !== AWAITING_HUMAN_REPLY && !said.startsWith(ADDED)) break;
    n++;
  }
  return n;
}

function assistantText(item: AgentInputItem): string | undefined {
  const message = item as { type?: string; role?: string; content?: unknown };
  if (message.role !== 'assistant') return undefined;
  if (typeof message.content === 'string') return message.content;
  if (!Array.isArray(message.content)) return undefined;
  return message.content
    .map((part) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : ''))
    .join('');
}
