import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { startVoiceServer } from '../../src/app/voiceServer.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { simulateTwilioCall } from '../../src/voice/callerSimulator.ts';
import { cascadedSetupFrom } from '../../src/voice/cascaded/cascadedSetup.ts';
import { voiceConfigFromEnv } from '../../src/voice/voiceConfig.ts';
import { speakMulaw } from '../../testing/audio/callerAudio.ts';

const SAID = 'Hi, I was charged twice for my subscription';

/** One call through the voice server whose default pipeline is realtime (pointing nowhere usable). */
async function call(options: { graphPipeline?: 'cascaded'; parameters: Record<string, string> }) {
  const store = createMemoryStore();
  const graph = await loadGraph('support');
  const sb = await Switchboard.create({
    graph: options.graphPipeline
      ? Object.assign(Object.create(graph), { voicePipeline: options.graphPipeline })
      : graph,
    store,
    models: createAgentModelFactory({ model: 'offline' }),
  });
  const authToken = randomBytes(8).toString('hex');
  const server = await startVoiceServer({
    switchboards: [sb],
    config: {
      ...voiceConfigFromEnv({}, { realtimeUrl: 'ws://127.0.0.1:9/unused', apiKey: 'none' }),
      twilioAuthToken: authToken,
      cascaded: cascadedSetupFrom({}, { transcripts: [SAID] }),
    },
  });
  try {
    const result = await simulateTwilioCall({
      url: server.mediaUrl,
      authToken,
      parameters: { graph: 'support', ...options.parameters },
      turns: [{ audio: speakMulaw(SAID) }],
      speed: 8,
      leadInMs: 6000,
    });
    const [conversation] = await store.listConversations({ graph: 'support' });
    const handoffs = conversation ? await store.listHandoffs(conversation.id) : [];
    return { result, handoffs: handoffs.map((h) => `${h.from}>${h.to}`) };
  } finally {
    await server.close();
    await store.close();
  }
}

describe('choosing the cascaded pipeline', () => {
  it('per call: ?pipeline=cascaded on the webhook (carried in the stream token) runs STT → chat turn → TTS', async () => {
    const { result, handoffs } = await call({ parameters: { pipeline: 'cascaded' } });
    expect(handoffs).toEqual(['Triage>Billing']);
    expect(result.chunks.some((c) => c.itemId === 'reply_2_Billing')).toBe(true);
  }, 60_000);

  it("per graph: a graph's voicePipeline makes its calls cascaded", async () => {
    const { result, handoffs } = await call({ graphPipeline: 'cascaded', parameters: {} });
    expect(handoffs).toEqual(['Triage>Billing']);
    expect(result.chunks.some((c) => c.itemId === 'reply_2_Billing')).toBe(true);
  }, 60_000);
});
