import type { AgentInputItem, HandoffInputData } from '@openai/agents';
import type { RealtimeItem } from '@openai/agents-realtime';
import type { InputFilterSpec } from '../graph/types.ts';
import { toInputFilter } from '../runtime/inputFilters.ts';

/**
 * An edge's input filter applied to the live Realtime conversation (the SDK skips filters for realtime
 * handoffs). The very filter functions chat uses decide what the target keeps: the Realtime items are
 * mapped to SDK items, filtered, and mapped back; items the filter dropped are deleted from the
 * conversation and a summary it wrote becomes a system message at its start. Returns null when the
 * conversation stays as it is.
 *
 * `protect`: ids that must survive whatever the filter says (the transfer call in flight, whose output
 * is about to be sent; out-of-band filler items, which the server never stored).
 */
export function filterRealtimeHistory(
  spec: InputFilterSpec,
  history: readonly RealtimeItem[],
  protect: ReadonlySet<string>,
): RealtimeItem[] | null {
  const filter = toInputFilter(spec);
  if (!filter) return null;
  const origin = new Map<AgentInputItem, string>();
  const input: AgentInputItem[] = [];
  for (const item of history) {
    if (protect.has(item.itemId)) continue;
    for (const converted of toAgentItems(item)) {
      origin.set(converted, item.itemId);
      input.push(converted);
    }
  }
  const data = { inputHistory: input, preHandoffItems: [], newItems: [] } as unknown as HandoffInputData;
  const filtered = filter(data).inputHistory;
  const result = typeof filtered === 'string' ? [] : filtered;
  const kept = new Set<string>();
  const written: RealtimeItem[] = [];
  for (const item of result) {
    const id = origin.get(item);
    if (id) kept.add(id);
    else if ((item as { role?: string }).role === 'system') {
      written.push({
        itemId: `sb_summary_${Date.now().toString(36)}${written.length}`,
        type: 'message',
        role: 'system',
        content: [{ type: 'input_text', text: textOf((item as { content: unknown }).content) }],
      } as RealtimeItem);
    }
  }
  const next = [...written, ...history.filter((i) => protect.has(i.itemId) || kept.has(i.itemId))];
  const unchanged = written.length === 0 && next.length === history.length;
  return unchanged ? null : next;
}

/** A Realtime item as the SDK items chat stores (a function call with its output becomes two). */
function toAgentItems(item: RealtimeItem): AgentInputItem[] {
  if (item.type === 'message') {
    const text = item.content
      .map((c: any) =>
        typeof c.text === 'string' ? c.text : typeof c.transcript === 'string' ? c.transcript : '',
      )
      .join(' ')
      .trim();
    if (item.role === 'assistant')
      return [
        { type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text }] },
      ];
    return [{ role: item.role, content: text } as AgentInputItem];
  }
  if (item.type === 'function_call') {
    const call: AgentInputItem = {
      type: 'function_call',
      callId: item.itemId,
      name: item.name,
      arguments: item.arguments,
      status: 'completed',
    };
    if (item.output === null) return [call];
    return [
      call,
      {
        type: 'function_call_result',
        callId: item.itemId,
        name: item.name,
        status: 'completed',
        output: { type: 'text', text: item.output },
      },
    ];
  }
  return [];
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p: any) => p.text ?? '').join(' ');
  return '';
}
