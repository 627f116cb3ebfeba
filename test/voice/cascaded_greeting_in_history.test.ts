import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { runSimulatedCall } from '../../src/cli/simulatedCall.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { analysisStoreFor } from '../../src/store/analysisStore.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { speakMulaw } from '../../testing/audio/callerAudio.ts';

const SAID = 'Hi, I was charged twice for my subscription';
const roleOf = (item: unknown) => (item as { role?: string }).role;
const textOf = (item: unknown): string => {
  const content = (item as { content?: unknown }).content;
  if (typeof content === 'string') return content;
  return (content as { text?: string }[]).map((p) => p.text ?? '').join('');
};

async function cascadedCall(leadInMs: number, bargeInAfterMs?: number) {
  const store = createMemoryStore();
  const sb = await Switchboard.create({
    graph: await loadGraph('support'),
    store,
    models: createAgentModelFactory({ model: 'offline' }),
  });
  const greeting = sb.graph.agents.find((a) => a.name === 'Triage')!.responses!.greeting!;
  const { timeline, result } = await runSimulatedCall({
    switchboard: sb,
    turns: [{ audio: speakMulaw(SAID), transcript: SAID, label: 'caller', bargeInAfterMs }],
    speed: 8,
    realtime: 'double',
    pipeline: 'cascaded',
    leadInMs,
  });
  const items = await store.getItems(timeline.conversationId);
  return { store, greeting, timeline, result, items };
}

describe('the greeting of a cascaded call', () => {
  it('is stored as the first turn (what the caller heard first), the caller speaking in the next', async () => {
    const { store, greeting, timeline, items } = await cascadedCall(6000);
    try {
      expect(timeline.greetingAgent).toBe('Triage');
      const [first, ...rest] = items;
      expect(first).toMatchObject({ turn: 1, agent: 'Triage' });
      expect(roleOf(first.item)).toBe('assistant');
      expect(textOf(first.item)).toBe(greeting);
      expect(rest.find((i) => roleOf(i.item) === 'user')).toMatchObject({ turn: 2, item: { content: SAID } });
      expect(rest.filter((i) => roleOf(i.item) === 'assistant').at(-1)).toMatchObject({
        turn: 2,
        agent: 'Billing',
      });
      // The caller's turn keeps its number in the timeline; the conversation counts the greeting too.
      expect(timeline.turns[0]).toMatchObject({ turn: 1, agent: 'Billing' });
      expect(timeline.stages![0].turn).toBe(1);
      expect((await store.getConversation(timeline.conversationId))!.turnCount).toBe(2);
      // The ended call is analysed as a Realtime call is (sentiment, lead score), greeting included.
      let analysis = null;
      for (let i = 0; i < 100 && !analysis; i++) {
        analysis = await (await analysisStoreFor(store)).get(timeline.conversationId);
        if (!analysis) await new Promise((r) => setTimeout(r, 20));
      }
      expect(analysis).toMatchObject({ conversationId: timeline.conversationId, method: 'lexical' });
    } finally {
      await store.close();
    }
  }, 90_000);

  it('is cut to the words heard when the caller talks over it', async () => {
    // The caller starts once 1.2 s of the greeting (several seconds) has played.
    const { store, greeting, timeline, result, items } = await cascadedCall(0, 1200);
    try {
      const clear = result.clears.find((c) => c.itemId === 'reply_1_Triage');
      expect(clear, JSON.stringify(result.clears)).toBeDefined();
      const stored = items.find((i) => i.turn === 1 && roleOf(i.item) === 'assistant')!;
      const text = textOf(stored.item);
      expect(text.endsWith('…'), text).toBe(true);
      expect(text.length).toBeLessThan(greeting.length);
      expect(greeting.startsWith(text.slice(0, -1))).toBe(true);
      expect((stored.item as { status?: string }).status).toBe('incomplete');
      // The caller was still answered, by Billing, in the turn after the greeting.
      expect(items.some((i) => i.turn === 2 && i.agent === 'Billing' && roleOf(i.item) === 'assistant')).toBe(
        true,
      );
      expect(timeline.turns[0].agent).toBe('Billing');
    } finally {
      await store.close();
    }
  }, 90_000);
});
