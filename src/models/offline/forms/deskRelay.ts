import type { AgentInputItem } from '@openai/agents-core';

/**
 * A desk (an agent used as a tool) reads each request with no memory, so a read-back it gave ("Just to
 * confirm: pay your whole balance with the card on file. Shall I go ahead?") means nothing to it when
 * the caller's "yes" comes back on the next turn: it would fall back, or read the payment back again
 * for ever. The agent holding the conversation relays the reply with the exchange it answers, as a
 * person passing a message on would ("they asked to pay it; you read it back; they said yes"), and the
 * desk's offline model reads the relay as that exchange: its own read-back, then the reply. So the
 * desk's read-back runs through the same form code as any agent's (beforeTheChange, formTurn).
 */

const RELAY = /^Caller's request: ([^\n]+)\nYou asked: ([^\n]+)\nCaller's reply: ([^\n]+)$/;

/** The message a reply to a desk's question is passed on as, with what the desk was asked and said. */
export function relayToDesk(request: string, question: string, reply: string): string {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  // A read-back given again after a correction ("make it $50"): the request is the correction and what
  // was asked, so the yes that follows pays $50, not the whole balance. The correction is said first:
  // the desk reads a value from the first place it is said, and after "rather than using the card on
  // file … text a link for the $120" was corrected to "just the $120, by text link", a yes to "pay $120
  // of your $145 balance by link" paid $145 by card.
  const earlier = RELAY.exec(request);
  // A bare number said to "How much would you like to pay?" is carried as the dollars it was ("$40"):
  // with the question left behind, "…some of my bill, 40" named no amount and the yes paid it all.
  const amount =
    earlier && /\bhow much\b/i.test(earlier[2]) && /^\$?\d+(\.\d{1,2})?$/.test(earlier[3].trim());
  if (earlier) request = `${amount ? `$${earlier[3].trim().replace(/^\$/, '')}` : earlier[3]}, ${earlier[1]}`;
  return `Caller's request: ${line(request)}\nYou asked: ${line(question)}\nCaller's reply: ${line(reply)}`;
}

/** What the caller first asked a desk, out of a relayed exchange (or the message itself). */
export function relayedRequest(input: string): string {
  return RELAY.exec(input)?.[1] ?? input;
}

type Item = Record<string, any>;

/** The input with a relayed exchange read as the three messages it stands for. */
export function unfoldRelay(input: string | AgentInputItem[]): string | AgentInputItem[] {
  const items: Item[] =
    typeof input === 'string' ? [{ type: 'message', role: 'user', content: input }] : input;
  const at = items.findLastIndex((item) => item.role === 'user' && (item.type ?? 'message') === 'message');
  const text = at < 0 ? undefined : textOf(items[at]);
  const relay = text === undefined ? null : RELAY.exec(text);
  if (!relay) return input;
  const [, request, question, reply] = relay;
  const unfolded: Item[] = [
    { type: 'message', role: 'user', content: request },
    {
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: question }],
    },
    { type: 'message', role: 'user', content: reply },
  ];
  return [...items.slice(0, at), ...unfolded, ...items.slice(at + 1)] as AgentInputItem[];
}

function textOf(item: Item): string | undefined {
  if (typeof item.content === 'string') return item.content;
  if (!Array.isArray(item.content)) return undefined;
  return item.content.map((part: Item) => (typeof part.text === 'string' ? part.text : '')).join('');
}
