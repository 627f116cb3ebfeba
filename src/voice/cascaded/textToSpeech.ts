import { resample } from '../mulaw.ts';
import { parseWav } from '../wav.ts';
import type { ResolvedVoice } from './agentVoices.ts';
import { espeakSpeak } from './espeakSpeech.ts';

/** Text to PCM16 mono at `sampleRate`, in the speaking agent's voice. */
export interface TextToSpeech {
  readonly name: string;
  synthesize(text: string, voice: ResolvedVoice, sampleRate: number): Promise<Int16Array>;
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
 * `{model, input, voice, response_format: "wav"}`, answered with the audio bytes. The agent's
 * `voice.name` is the endpoint's voice (else `agentVoices[agent]`, else `defaultVoice`).
 */
export function openAiTextToSpeech(options: {
  baseUrl: string;
  model: string;
  apiKey?: string;
  defaultVoice?: string;
  /** Endpoint voice per agent (`SWITCHBOARD_VOICES`), for agents without `voice.name`. */
  agentVoices?: Record<string, string>;
  fetch?: typeof fetch;
}): TextToSpeech {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/audio/speech`;
  const doFetch = options.fetch ?? fetch;
  return {
    name: `${options.model} @ ${options.baseUrl}`,
    async synthesize(text, voice, sampleRate) {
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
          response_format: 'wav',
        }),
      });
      if (!response.ok) throw new TextToSpeechError(`speech failed: HTTP ${response.status} from ${url}`);
      const wav = parseWav(new Uint8Array(await response.arrayBuffer()));
      return resample(wav.samples, wav.sampleRate, sampleRate);
    },
  };
}

/** Splits a reply into sentences: each is synthesized and streamed while the next one is made. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
