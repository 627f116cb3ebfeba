import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { runSimulatedCall } from '../../src/cli/simulatedCall.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { speakMulaw } from '../../testing/audio/callerAudio.ts';

const textOf = (item: unknown): string => {
  const content = (item as { content?: unknown }).content;
  if (typeof content === 'string') return content;
  return (content as { text?: string }[]).map((p) => p.text ?? '').join('');
};

describe('barge-in on a cascaded call', () => {
  it('stops speaking when the caller talks over the agent and stores only the words heard', async () => {
    const store = createMemoryStore();
    try {
      const sb = await Switchboard.create({
        graph: await loadGraph('support'),
        store,
        models: createAgentModelFactory({ model: 'offline' }),
      });
      // The tool tables boot before dialling (as `switchboard call` does), so the second answer is prompt.
      await (await store.toolDb()).execute(sql`select 1`);
      const first = 'Hi, I was charged twice for my subscription';
      const second = 'It is invoice INV-2041';
      const { result, timeline } = await runSimulatedCall({
        switchboard: sb,
        turns: [
          { audio: speakMulaw(first), transcript: first, label: 'first' },
          { audio: speakMulaw(second), transcript: second, label: 'second', bargeInAfterMs: 1500 },
        ],
        speed: 8,
        realtime: 'double',
        pipeline: 'cascaded',
      });
      expect(timeline.turns[1].bargeIn).toBe(true);
      const clear = result.clears.find((c) => c.itemId === 'reply_2_Billing');
      expect(clear, JSON.stringify(result.clears)).toBeDefined();
      expect(clear!.heardMs).toBeGreaterThan(500);
      expect(timeline.stages![0].bargeIn).toBe(true);

      const full = timeline.stages![0].reply;
      const items = await store.getItems(timeline.conversationId);
      // Turn 1 is the greeting; the caller's first turn is stored turn 2.
      const answer = items.find((i) => i.turn === 2 && (i.item as { role?: string }).role === 'assistant')!;
      const stored = textOf(answer.item);
      // What the caller heard of about a second of speech: the first words, not the whole reply.
      expect(stored.endsWith('…'), stored).toBe(true);
      const heard = stored.slice(0, -1);
      expect(heard.length).toBeGreaterThan(0);
      expect(full.startsWith(heard), `${heard} / ${full}`).toBe(true);
      expect(heard.length).toBeLessThan(full.length / 2);
      expect((answer.item as { status?: string }).status).toBe('incomplete');
      // The conversation went on: the second turn is answered and stored after the cut reply.
      expect(items.some((i) => i.turn === 3 && (i.item as { role?: string }).role === 'assistant')).toBe(
        true,
      );
    } finally {
      await store.close();
    }
  }, 60_000);
});
