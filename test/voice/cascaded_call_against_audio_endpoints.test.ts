import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { runSimulatedCall } from '../../src/cli/simulatedCall.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { cascadedSetupFrom } from '../../src/voice/cascaded/cascadedSetup.ts';
import { parseWav } from '../../src/voice/wav.ts';
import {
  type AudioEndpointsDouble,
  startAudioEndpointsDouble,
} from '../../testing/audio/audioEndpointsDouble.ts';
import { speakMulaw } from '../../testing/audio/callerAudio.ts';
import { analyzeSpeech, notSpeechBecause } from '../../testing/audio/speechAnalysis.ts';
import { audioByItem } from '../support/voice/agentAudio.ts';

const SAID = 'Hi, I was charged twice for my subscription';
let double: AudioEndpointsDouble;
beforeAll(async () => {
  double = await startAudioEndpointsDouble({ transcripts: [SAID], apiKey: 'sk-test' });
});
afterAll(() => double.close());

describe('a cascaded call against OpenAI-compatible audio endpoints', () => {
  it('sends the utterance to /audio/transcriptions and speaks each agent through /audio/speech', async () => {
    const store = createMemoryStore();
    try {
      const sb = await Switchboard.create({
        graph: await loadGraph('support'),
        store,
        models: createAgentModelFactory({ model: 'offline' }),
      });
      const caller = speakMulaw(SAID);
      const { result, timeline } = await runSimulatedCall({
        switchboard: sb,
        // No transcript: the words must come from the transcription endpoint.
        turns: [{ audio: caller, label: 'caller' }],
        speed: 8,
        // The greeting (synthesized by the endpoint) plays out before the caller speaks.
        leadInMs: 6000,
        realtime: 'double',
        pipeline: 'cascaded',
        cascaded: cascadedSetupFrom({
          sttUrl: double.baseUrl,
          sttModel: 'whisper-1',
          ttsUrl: double.baseUrl,
          ttsModel: 'tts-1',
          agentVoices: { Triage: 'alloy', Billing: 'onyx' },
          apiKey: 'sk-test',
        }),
      });
      expect(timeline.turns[0].agent).toBe('Billing');
      expect(timeline.stages![0]).toMatchObject({ said: SAID, handoffs: ['Triage>Billing'] });
      expect(double.transcriptions).toHaveLength(1);
      const sent = double.transcriptions[0];
      expect(sent).toMatchObject({ model: 'whisper-1', language: 'en', responseFormat: 'json' });
      // The utterance as the VAD cut it: from 300 ms before the first voiced window to the last one
      // (espeak's own leading and trailing silence fall outside).
      const spokeMs = caller.byteLength / 8;
      expect(sent.audioMs).toBeGreaterThan(spokeMs - 600);
      expect(sent.audioMs).toBeLessThan(spokeMs + 400);
      expect(double.speech.map((s) => s.voice)).toEqual(expect.arrayContaining(['alloy', 'onyx']));
      expect(double.speech.every((s) => s.model === 'tts-1' && s.responseFormat === 'wav')).toBe(true);
      const answer = analyzeSpeech(audioByItem(result.chunks).get('reply_2_Billing')!, 8000);
      expect(notSpeechBecause(answer)).toEqual([]);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('answers what a real server answers: json, verbose_json, text, wav and pcm speech, OpenAI errors', async () => {
    const auth = { Authorization: 'Bearer sk-test' };
    const form = (format: string) => {
      const f = new FormData();
      f.set('file', new Blob([parseWavBytes()], { type: 'audio/wav' }), 'a.wav');
      f.set('model', 'whisper-1');
      f.set('response_format', format);
      return f;
    };
    const url = `${double.baseUrl}/audio/transcriptions`;
    const verbose = await (
      await fetch(url, { method: 'POST', headers: auth, body: form('verbose_json') })
    ).json();
    expect(verbose).toMatchObject({
      task: 'transcribe',
      duration: expect.any(Number),
      segments: [expect.any(Object)],
    });
    const text = await fetch(url, { method: 'POST', headers: auth, body: form('text') });
    expect(text.headers.get('content-type')).toContain('text/plain');
    const unauthorized = await fetch(url, { method: 'POST', body: form('json') });
    expect(unauthorized.status).toBe(401);
    expect(((await unauthorized.json()) as any).error.message).toMatch(/API key/);
    const speech = (format: string) =>
      fetch(`${double.baseUrl}/audio/speech`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'tts-1',
          input: 'Your refund is on its way.',
          voice: 'nova',
          response_format: format,
        }),
      });
    const wav = parseWav(new Uint8Array(await (await speech('wav')).arrayBuffer()));
    expect(wav.sampleRate).toBe(24000);
    expect(notSpeechBecause(analyzeSpeech(wav.samples, 24000))).toEqual([]);
    const pcm = await speech('pcm');
    expect(pcm.headers.get('content-type')).toBe('audio/pcm');
    expect((await pcm.arrayBuffer()).byteLength).toBe(wav.samples.length * 2);
    const mp3 = await speech('mp3');
    expect(mp3.status).toBe(400);
    expect(((await mp3.json()) as any).error.param).toBe('response_format');
  });
});

/** A short WAV (silence) for the shape checks. */
function parseWavBytes(): Uint8Array {
  const header = new Uint8Array(44 + 1600);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('RIFF'), 0);
  view.setUint32(4, 36 + 1600, true);
  header.set(new TextEncoder().encode('WAVEfmt '), 8);
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 16000, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  header.set(new TextEncoder().encode('data'), 36);
  view.setUint32(40, 1600, true);
  return header;
}
