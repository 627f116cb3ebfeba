import type { Switchboard } from '../runtime/switchboard.ts';

/**
 * What the person hears before joining a warm transfer: who is calling, what they want (the reasons
 * and intents of the handoff trail), who handled them, what was already done (tools that ran) and the
 * known context. Built from the stored conversation, so it says only what actually happened.
 */
export async function transferBriefing(
  sb: Switchboard,
  conversationId: string,
  caller: string | null,
): Promise<string> {
  const [record, handoffs, events] = await Promise.all([
    sb.store.getConversation(conversationId),
    sb.store.listHandoffs(conversationId),
    sb.store.listEvents(conversationId),
  ]);
  const moves = handoffs.filter((h) => h.kind !== 'rejected');
  const last = moves.at(-1);
  const agents = [...new Set(moves.map((h) => h.from))];
  const tools = [...new Set(events.filter((e) => e.type === 'tool.call').map((e) => String(e.data.tool)))];
  const context = Object.entries(record?.context ?? {})
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .map(([k, v]) => `${k} ${v}`);
  const parts = [
    `Incoming transfer from the ${sb.graph.name} assistant.`,
    caller ? `The caller is ${spell(caller)}.` : 'The caller’s number is withheld.',
    last ? `Reason: ${last.reason}.` : '',
    last?.intent ? `Topic: ${last.intent.replaceAll(/[._]/g, ' ')}.` : '',
    agents.length > 0 ? `Handled so far by ${agents.join(', ')}.` : '',
    tools.length > 0
      ? `Already done: ${tools.map((t) => t.replaceAll('_', ' ')).join(', ')}.`
      : 'Nothing was done yet.',
    context.length > 0 ? `Known details: ${context.join('; ')}.` : '',
    'Connecting you now.',
  ];
  return parts.filter(Boolean).join(' ');
}

/** A number read digit by digit (`+1 5 5 5…`), as a person would want to hear it. */
function spell(number: string): string {
  return number.replace(/\d/g, (d) => `${d} `).trim();
}
