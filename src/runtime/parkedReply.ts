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
  const [items, notice] = await Promise.all([
    store.getItems(conversationId, { limit: LOOK_BACK }),
    standingNotice(store, conversationId),
  ]);
  const given = acknowledgementsSinceParked(items, notice);
  const reply =
    given === 0
      ? AWAITING_HUMAN_REPLY
      : `${ADDED}: a member of our team will see all ${given + 1} of your messages when they reply here.`;
  // "I have crushing chest pain", then "what should I do": "call 911 now" again, before the wait.
  return notice ? `${notice} ${reply}` : reply;
}

/** The safety notice of the latest escalation that asked for one to stand (turnEvents.ts), if any. */
async function standingNotice(store: ConversationStore, conversationId: string): Promise<string | undefined> {
  const events = await store.listEvents(conversationId);
  const last = events.filter((e) => e.type === 'escalation.notice').at(-1);
  const notice = last?.data.notice;
  return typeof notice === 'string' && notice.trim() !== '' ? notice.trim() : undefined;
}

/** Parked acknowledgements at the end of the history, each after the customer's message. */
function acknowledgementsSinceParked(items: readonly StoredItem[], notice: string | undefined): number {
  let n = 0;
  for (let i = items.length - 1; i >= 1; i -= 2) {
    const text = assistantText(items[i].item);
    const said = notice && text?.startsWith(notice) ? text.slice(notice.length).trim() : text;
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
