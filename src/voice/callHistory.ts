import type { RealtimeItem } from '@openai/agents-realtime';
import type { Switchboard } from '../runtime/switchboard.ts';
import type { StoredItem } from '../store/types.ts';

/** How many stored items a conversation that continues by voice replays into the model's context. */
export const SEEDED_ITEMS = 20;

/** The recent turns of a stored conversation as Realtime text messages (tool items are left out). */
export async function seedItemsFor(sb: Switchboard, conversationId: string): Promise<RealtimeItem[]> {
  const stored = await sb.store.getItems(conversationId, { limit: SEEDED_ITEMS });
  return stored.flatMap((s, i) => toRealtimeMessage(s, i));
}

function toRealtimeMessage(stored: StoredItem, index: number): RealtimeItem[] {
  const item = stored.item as { role?: string; content?: unknown };
  const text =
    typeof item.content === 'string'
      ? item.content
      : Array.isArray(item.content)
        ? item.content.map((p: any) => p.text ?? p.transcript ?? '').join(' ')
        : '';
  if (!text.trim() || (item.role !== 'user' && item.role !== 'assistant')) return [];
  const itemId = `sb_seed_${stored.seq}_${index}`;
  if (item.role === 'user')
    return [
      { itemId, type: 'message', role: 'user', status: 'completed', content: [{ type: 'input_text', text }] },
    ];
  return [
    {
      itemId,
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text }],
    },
  ];
}
