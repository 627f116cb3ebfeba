import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAgentVoices } from '../../../src/voice/cascaded/agentVoices.ts';
import { openAiTextToSpeech } from '../../../src/voice/cascaded/textToSpeech.ts';
import {
  type AudioEndpointsDouble,
  startAudioEndpointsDouble,
} from '../../../testing/audio/audioEndpointsDouble.ts';
import { analyzeSpeech, notSpeechBecause } from '../../../testing/audio/speechAnalysis.ts';

const SENTENCE = 'Your refund of forty dollars is on its way to the card you paid with.';
const DELAY_MS = 40;
let double: AudioEndpointsDouble;
beforeAll(async () => {
  double = await startAudioEndpointsDouble({ transcripts: [], pcmChunkDelayMs: DELAY_MS });
});
afterAll(() => double.close());

describe('text-to-speech from an endpoint that streams', () => {
  it('plays the first audio while the rest is still arriving, and loses none of it', async () => {
    const voice = resolveAgentVoices([{ name: 'Billing' }]).get('Billing')!;
    const streamed = openAiTextToSpeech({ baseUrl: double.baseUrl, model: 'tts-1', stream: true });
    const whole = openAiTextToSpeech({ baseUrl: double.baseUrl, model: 'tts-1' });
    const started = performance.now();
    const arrivals: number[] = [];
    const pieces: Int16Array[] = [];
    for await (const piece of streamed.stream!(SENTENCE, voice, 8000)) {
      arrivals.push(performance.now() - started);
      pieces.push(piece);
    }
    const total = pieces.reduce((n, p) => n + p.length, 0);
    const reference = await whole.synthesize(SENTENCE, voice, 8000);
    // The server sends 100 ms pieces DELAY_MS apart: a sentence of seconds arrives over many of them.
    const servedPieces = Math.ceil(total / 800);
    expect(pieces.length).toBeGreaterThan(5);
    expect(arrivals.at(-1)! - arrivals[0]).toBeGreaterThanOrEqual((servedPieces - 2) * DELAY_MS);
    expect(Math.abs(total - reference.length)).toBeLessThanOrEqual(8);
    expect(double.speech.at(-2)).toMatchObject({ responseFormat: 'pcm', input: SENTENCE });
    expect(double.speech.at(-1)).toMatchObject({ responseFormat: 'wav' });
    const joined = new Int16Array(total);
    let at = 0;
    for (const p of pieces) {
      joined.set(p, at);
      at += p.length;
    }
    expect(notSpeechBecause(analyzeSpeech(joined, 8000))).toEqual([]);
  }, 60_000);
});
