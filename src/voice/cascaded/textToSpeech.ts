import { bytesToPcm16, resample } from '../mulaw.ts';
import { parseWav } from '../wav.ts';
import type { ResolvedVoice } from './agentVoices.ts';
import { espeakSpeak } from './espeakSpeech.ts';

/** Text to PCM16 mono at `sampleRate`, in the speaking agent's voice. */
export interface TextToSpeech {
  readonly name: string;
  synthesize(text: string, voice: ResolvedVoice, sampleRate: number): Promise<Int16Array>;
  /** The same speech as it arrives, where the engine streams it (first audio before the last is made). */
  stream?(text: string, voice: ResolvedVoice, sampleRate: number): AsyncIterable<Int16Array>;
}

/** A sentence's speech in pieces: streamed when the engine can, else whole. */
export async function* speechOf(
  tts: TextToSpeech,
  text: string,
  voice: ResolvedVoice,
  sampleRate: number,
): AsyncIterable<Int16Array> {
  if (tts.stream) yield* tts.stream(text, voice, sampleRate);
  else yield await tts.synthesize(text, voice, sampleRate);
}

export class TextToSpeechError extends Error {
  override name = 'TextToSpeechError';
}

/** espeak-ng, offline: each agent's `voice.espeak` (or its distinct default). */
export function espeakTextToSpeech(): TextToSpeech {
  return {
    name: 'espeak-ng (offline)',
    synthesize: (text, voice, sampleRate) => espeakSpeak(text, voice.espeak, sampleRate),
  };
}

/**
 * `POST {baseUrl}/audio/speech` (OpenAI, Kokoro-FastAPI, openedai-speech, LocalAI…): JSON
 * `{model, input, voice, response_format}`, answered with the audio bytes. The agent's `voice.name` is
 * the endpoint's voice (else `agentVoices[agent]`, else `defaultVoice`). Whole sentences ask for `wav`;
 * with `stream` the call asks for `pcm` (raw PCM16 at `pcmRate`, 24 kHz at OpenAI) and plays the body
 * as it arrives, in 20 ms blocks, instead of waiting for the last byte.
 */
export function openAiTextToSpeech(options: {
  baseUrl: string;
  model: string;
  apiKey?: string;
  defaultVoice?: string;
  /** Endpoint voice per agent (`SWITCHBOARD_VOICES`), for agents without `voice.name`. */
  agentVoices?: Record<string, string>;
  /** Read the answer as it streams (`response_format: pcm`): `SWITCHBOARD_TTS_STREAM=1`. */
  stream?: boolean;
  /** Sample rate of the endpoint's `pcm` (default 24000, OpenAI's). */
  pcmRate?: number;
  fetch?: typeof fetch;
}): TextToSpeech {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/audio/speech`;
  const doFetch = options.fetch ?? fetch;
  const pcmRate = options.pcmRate ?? 24000;
  const request = async (text: string, voice: ResolvedVoice, format: 'wav' | 'pcm') => {
    const response = await doFetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: options.model,
        input: text,
        voice: voice.name ?? options.agentVoices?.[voice.agent] ?? options.defaultVoice ?? 'alloy',
        response_format: format,
      }),
    });
    if (!response.ok) throw new TextToSpeechError(`speech failed: HTTP ${response.status} from ${url}`);
    return response;
  };
  const synthesize = async (text: string, voice: ResolvedVoice, sampleRate: number) => {
    const wav = parseWav(new Uint8Array(await (await request(text, voice, 'wav')).arrayBuffer()));
    return resample(wav.samples, wav.sampleRate, sampleRate);
  };
  return {
    name: `${options.model} @ ${options.baseUrl}${options.stream ? ' (streamed)' : ''}`,
    synthesize,
    ...(options.stream
      ? {
          async *stream(text: string, voice: ResolvedVoice, sampleRate: number) {
            const response = await request(text, voice, 'pcm');
            // Whole 20 ms blocks: the decimating resampler sees no partial window at a seam.
            const block = (pcmRate / 50) * 2;
            let pending: Uint8Array = new Uint8Array(0);
            for await (const part of response.body ?? []) {
              pending = joined(pending, part as Uint8Array);
              const usable = pending.byteLength - (pending.byteLength % block);
              if (usable === 0) continue;
              yield resample(bytesToPcm16(pending.subarray(0, usable)), pcmRate, sampleRate);
              pending = pending.slice(usable);
            }
            const rest = pending.byteLength & ~1;
            if (rest > 0) yield resample(bytesToPcm16(pending.subarray(0, rest)), pcmRate, sampleRate);
          },
        }
      : {}),
  };
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a);
  out.set(b, a.byteLength);
  return out;
}

/** Splits a reply into sentences: each is synthesized and streamed while the next one is made. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
