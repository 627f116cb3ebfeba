import { afterEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { cascadedSetupFrom } from '../../src/voice/cascaded/cascadedSetup.ts';
import { bytesToPcm16, pcm16ToBytes, resample } from '../../src/voice/mulaw.ts';
import { voiceConfigFromEnv } from '../../src/voice/voiceConfig.ts';
import { parseWav } from '../../src/voice/wav.ts';
import { speakWav } from '../../testing/audio/callerAudio.ts';
import { analyzeSpeech, notSpeechBecause } from '../../testing/audio/speechAnalysis.ts';
import { type ApiVoiceServer, startApiVoiceServer } from '../support/voice/apiVoiceServer.ts';
import { browserCaller, type RelayMessage } from '../support/voice/browserCaller.ts';
import { waitFor } from '../support/voice/waitFor.ts';

const SAID = 'Hi, I was charged twice for my subscription';

/** The sentence spoken by espeak-ng as the dashboard sends a microphone: PCM16 24 kHz. */
function speech24k(sentence: string): Uint8Array {
  const wav = parseWav(speakWav(sentence));
  return pcm16ToBytes(resample(wav.samples, wav.sampleRate, 24000));
}

/** The agent audio of one item as samples (the relay sends PCM16 24 kHz in base64 pieces). */
function audioOf(messages: RelayMessage[], itemId: string): Int16Array {
  const pieces = messages
    .filter((m) => m.type === 'audio' && m.itemId === itemId)
    .map((m) => new Uint8Array(Buffer.from(m.audio, 'base64')));
  const bytes = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of pieces) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return bytesToPcm16(bytes);
}

const supportOffline = async (store: ConversationStore) =>
  Switchboard.create({
    graph: await loadGraph('support'),
    store,
    models: createAgentModelFactory({ model: 'offline' }),
  });

describe('a browser call on the cascaded pipeline (/v1/voice/browser)', () => {
  let server: ApiVoiceServer;
  let store: ConversationStore;
  afterEach(async () => {
    await server?.close();
    await store?.close();
  });

  it('greets, hears the caller through VAD and speech-to-text, answers through the chat turn in Billing’s voice', async () => {
    store = createMemoryStore();
    const sb = await supportOffline(store);
    server = await startApiVoiceServer({
      switchboards: [sb],
      store,
      // The server's default stays realtime (and has no key): the call asks for cascaded itself.
      config: voiceConfigFromEnv({}, { cascaded: cascadedSetupFrom({}, { transcripts: [SAID] }) }),
    });
    const caller = await browserCaller(server.browserUrl, { graph: 'support', pipeline: 'cascaded' });
    expect(caller.ready).toMatchObject({ agent: 'Triage', format: 'pcm16', sampleRate: 24000 });
    await waitFor(() => caller.messages.some((m) => m.itemId === 'reply_1_Triage'), 'the greeting audio');

    await caller.say({ binary: true, audio: speech24k(SAID) });
    const { messages } = caller;
    expect(messages).toContainEqual(
      expect.objectContaining({ type: 'transcript', role: 'user', text: SAID, final: true }),
    );
    expect(messages).toContainEqual(
      expect.objectContaining({ type: 'handoff', from: 'Triage', to: 'Billing', kind: 'handoff' }),
    );
    const answer = messages.find((m) => m.type === 'transcript' && m.role === 'assistant' && m.final);
    expect(answer).toMatchObject({ agent: 'Billing' });
    await waitFor(
      () => messages.some((m) => m.type === 'event' && m.event.type === 'voice.turn_latency'),
      'the turn latencies',
    );
    const latency = messages.find((m) => m.type === 'event' && m.event.type === 'voice.turn_latency')!;
    expect(latency.event.data).toMatchObject({ agent: 'Billing', said: SAID, handoffs: ['Triage>Billing'] });

    const greeting = analyzeSpeech(audioOf(messages, 'reply_1_Triage'), 24000);
    const reply = analyzeSpeech(audioOf(messages, 'reply_2_Billing'), 24000);
    expect(notSpeechBecause(greeting), JSON.stringify(greeting)).toEqual([]);
    expect(notSpeechBecause(reply), JSON.stringify(reply)).toEqual([]);
    const apart =
      Math.abs(reply.meanPitchHz - greeting.meanPitchHz) / Math.min(reply.meanPitchHz, greeting.meanPitchHz);
    expect(apart, `Triage ${greeting.meanPitchHz} Hz, Billing ${reply.meanPitchHz} Hz`).toBeGreaterThan(0.1);

    const ended = await caller.hangUp();
    expect(ended).toMatchObject({ type: 'ended', status: 'ended', reason: 'caller_hung_up' });
    const id = caller.ready.conversationId;
    const detail = (await server.request('GET', `/v1/conversations/${id}`)).body;
    expect(detail).toMatchObject({ status: 'ended', activeAgent: 'Billing' });
    const items = await store.getItems(id);
    expect(items.map((i) => [i.turn, (i.item as { role?: string }).role ?? 'other'])).toContainEqual([
      2,
      'user',
    ]);
  }, 120_000);

  it('refuses a cascaded call when the server has no speech endpoints configured', async () => {
    store = createMemoryStore();
    const sb = await supportOffline(store);
    server = await startApiVoiceServer({ switchboards: [sb], store, config: voiceConfigFromEnv({}) });
    await expect(
      browserCaller(server.browserUrl, { graph: 'support', pipeline: 'cascaded' }),
    ).rejects.toThrow(/cascaded call refused: no speech-to-text/);
    expect(await store.listConversations({ graph: 'support' })).toEqual([]);
  });
});
