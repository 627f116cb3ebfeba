import { afterEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { runSimulatedCall } from '../../src/cli/simulatedCall.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { cascadedSetupFrom } from '../../src/voice/cascaded/cascadedSetup.ts';
import {
  type AudioEndpointsDouble,
  startAudioEndpointsDouble,
} from '../../testing/audio/audioEndpointsDouble.ts';
import { speakMulaw } from '../../testing/audio/callerAudio.ts';
import { analyzeSpeech, notSpeechBecause } from '../../testing/audio/speechAnalysis.ts';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../testing/models/fakeOpenAIServer.ts';
import { audioByItem } from '../support/voice/agentAudio.ts';

const SAID = 'Hi, I was charged twice for my subscription';
const ANSWER = 'I am sorry about the double charge. Which invoice was it?';

describe('a cascaded call on a text model (OpenAI-compatible chat completions)', () => {
  let model: FakeOpenAIServer;
  let audio: AudioEndpointsDouble;
  afterEach(async () => {
    await model?.close();
    await audio?.close();
  });

  it('hears the caller through /audio/transcriptions, lets the LLM hand off and answer, speaks it through /audio/speech', async () => {
    model = await startFakeOpenAIServer();
    audio = await startAudioEndpointsDouble({ transcripts: [SAID], pcmChunkDelayMs: 5 });
    // Triage's LLM transfers, Billing's LLM answers: two chat completions requests, nothing else.
    model.enqueue(
      {
        toolCall: {
          name: 'transfer_to_Billing',
          arguments: { reason: 'the caller was charged twice', intent: 'billing.double_charge' },
        },
      },
      { text: ANSWER },
    );
    const graph = await loadGraph('support');
    const store = createMemoryStore();
    try {
      const sb = await Switchboard.create({
        // Every routing decision by the model (no local router in front of Triage).
        graph: Object.assign(Object.create(graph), { routing: { ...graph.routing, mode: 'llm' } }),
        store,
        models: createAgentModelFactory({
          model: 'openai:gpt-4.1-mini',
          env: {
            OPENAI_BASE_URL: `${model.url}/v1`,
            OPENAI_API_KEY: 'sk-test',
            SWITCHBOARD_OPENAI_API: 'chat',
          },
        }),
      });
      const { result, timeline } = await runSimulatedCall({
        switchboard: sb,
        turns: [{ audio: speakMulaw(SAID), label: 'caller' }], // no transcript: the endpoint hears it
        speed: 8,
        leadInMs: 6000,
        realtime: 'double',
        pipeline: 'cascaded',
        cascaded: cascadedSetupFrom({
          sttUrl: audio.baseUrl,
          ttsUrl: audio.baseUrl,
          ttsStream: true,
          agentVoices: { Triage: 'alloy', Billing: 'onyx' },
        }),
      });

      const requests = model.requests.filter((r) => r.path === '/v1/chat/completions');
      expect(audio.transcriptions, JSON.stringify(timeline.stages)).toHaveLength(1);
      expect(requests).toHaveLength(2);
      expect(JSON.stringify(requests[0].body.messages)).toContain(SAID);
      expect(requests[0].body.tools.map((t: any) => t.function.name)).toContain('transfer_to_Billing');
      expect(timeline.turns[0]).toMatchObject({ agent: 'Billing' });
      expect(timeline.turns[0].handoffs).toMatchObject([{ from: 'Triage', to: 'Billing', kind: 'handoff' }]);
      expect(timeline.stages![0]).toMatchObject({ said: SAID, reply: ANSWER, handoffs: ['Triage>Billing'] });

      // Billing's reply, sentence by sentence, in Billing's endpoint voice, streamed as pcm.
      const spoken = audio.speech.filter((s) => s.voice === 'onyx');
      expect(spoken.map((s) => s.input).join(' ')).toBe(ANSWER);
      expect(audio.speech.every((s) => s.responseFormat === 'pcm')).toBe(true);
      expect(audio.speech.some((s) => s.voice === 'alloy')).toBe(true); // Triage's greeting
      const heard = analyzeSpeech(audioByItem(result.chunks).get('reply_2_Billing')!, 8000);
      expect(notSpeechBecause(heard), JSON.stringify(heard)).toEqual([]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
