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

/** A relay: the request, then every exchange since (the desk's question and the caller's reply). */
const RELAY = /^Caller's request: ([^\n]+)((?:\nYou asked: [^\n]+\nCaller's reply: [^\n]+)+)$/;
const EXCHANGE = /\nYou asked: ([^\n]+)\nCaller's reply: ([^\n]+)/g;

/**
 * The message a reply to a desk's question is passed on as: what the desk was first asked and every
 * exchange since, this one last. A correction stays the reply it was: "no wait, tuesday" to a move read
 * back to Wednesday had been merged into the request ("no wait, tuesday, move my appointment from monday
 * to wednesday"), and the yes that followed moved it to Wednesday. With each exchange as said, the desk
 * reads the correction as any agent reads one at its read-back (and a bare "40" to "How much would you
 * like to pay?" as that amount).
 */
export function relayToDesk(request: string, question: string, reply: string): string {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  const exchange = `\nYou asked: ${line(question)}\nCaller's reply: ${line(reply)}`;
  if (RELAY.test(request)) return `${request}${exchange}`;
  return `Caller's request: ${line(request)}${exchange}`;
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
  const unfolded: Item[] = [{ type: 'message', role: 'user', content: relay[1] }];
  for (const [, question, reply] of relay[2].matchAll(EXCHANGE))
    unfolded.push(
      {
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text: question }],
      },
      { type: 'message', role: 'user', content: reply },
    );
  return [...items.slice(0, at), ...unfolded, ...items.slice(at + 1)] as AgentInputItem[];
}

function textOf(item: Item): string | undefined {
  if (typeof item.content === 'string') return item.content;
  if (!Array.isArray(item.content)) return undefined;
  return item.content.map((part: Item) => (typeof part.text === 'string' ? part.text : '')).join('');
}
