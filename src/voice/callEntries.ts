import type { AgentInputItem } from '@openai/agents';
import { assistantItem } from '../runtime/runTurn.ts';

/** What a call recorder holds for the turn in progress, before it is written. */
export type Entry =
  | { kind: 'user'; id: string | null; text: string | null }
  | {
      kind: 'assistant';
      id: string;
      agent: string;
      text: string;
      /** Share of the answer the caller heard before a barge-in cut it short (see CallRecorder.truncated). */
      heardShare?: number;
      /** Every word of the answer's transcript so far; `text` is its cut once a barge-in set `heardShare`. */
      spoken?: string;
    }
  | { kind: 'item'; agent: string | null; item: AgentInputItem };

/** Stored in place of a caller utterance whose transcript never arrived. */
export const UNTRANSCRIBED = '[inaudible]';

/** A function call of the agent, as chat stores it. */
export function functionCallEntry(
  agent: string,
  call: { callId: string; name: string; arguments: string },
): Entry {
  return {
    kind: 'item',
    agent,
    item: {
      type: 'function_call',
      callId: call.callId,
      name: call.name,
      arguments: call.arguments,
      status: 'completed',
    },
  };
}

export function toStored(entry: Entry): { agent: string | null; item: AgentInputItem }[] {
  if (entry.kind === 'item') return [{ agent: entry.agent, item: entry.item }];
  if (entry.kind === 'user') {
    const text = entry.text?.trim();
    return [{ agent: null, item: { role: 'user', content: text || UNTRANSCRIBED } }];
  }
  const text = entry.text.trim();
  return text ? [{ agent: entry.agent, item: assistantItem(text) }] : [];
}

/** The first `fraction` of the words of `text`, with an ellipsis when something was cut. */
export function cutAt(text: string, fraction: number): string {
  if (fraction >= 1) return text;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const keep = Math.max(0, Math.floor(words.length * Math.max(0, fraction)));
  return keep >= words.length ? text : `${words.slice(0, keep).join(' ')}…`;
}
