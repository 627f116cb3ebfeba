import { pcm16ToBytes } from '../mulaw.ts';
import { writeWav } from '../wav.ts';

/** One caller utterance to text. `turn` counts the call's utterances from 1. */
export interface SpeechToText {
  readonly name: string;
  transcribe(audio: {
    samples: Int16Array;
    sampleRate: number;
    turn: number;
    language?: string;
  }): Promise<string>;
}

export class SpeechToTextError extends Error {
  override name = 'SpeechToTextError';
}

/**
 * `POST {baseUrl}/audio/transcriptions` (OpenAI, and the self-hosted servers that speak it:
 * faster-whisper-server, whisper.cpp server, LocalAI, vLLM): multipart `file` (WAV), `model`,
 * `language`, `response_format=json`; the answer's `text` (json and verbose_json both carry it).
 */
export function openAiSpeechToText(options: {
  baseUrl: string;
  model: string;
  apiKey?: string;
  fetch?: typeof fetch;
}): SpeechToText {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/audio/transcriptions`;
  const doFetch = options.fetch ?? fetch;
  return {
    name: `${options.model} @ ${options.baseUrl}`,
    async transcribe({ samples, sampleRate, language }) {
      const form = new FormData();
      const wav = writeWav(pcm16ToBytes(samples), 'pcm16', sampleRate);
      form.set('file', new Blob([wav], { type: 'audio/wav' }), 'utterance.wav');
      form.set('model', options.model);
      form.set('response_format', 'json');
      if (language) form.set('language', language.split('-')[0]);
      const response = await doFetch(url, {
        method: 'POST',
        headers: options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {},
        body: form,
      });
      if (!response.ok)
        throw new SpeechToTextError(`transcription failed: HTTP ${response.status} from ${url}`);
      const body = (await response.json()) as { text?: unknown };
      if (typeof body.text !== 'string')
        throw new SpeechToTextError(`transcription answer has no text (${url})`);
      return body.text.trim();
    },
  };
}

/**
 * Offline speech-to-text is a double: no recognition weights are available to this project, so the
 * caller's words are given with the audio (`--say`, `--transcript`) and returned turn by turn.
 */
export function transcriptSpeechToText(transcripts: readonly (string | undefined)[]): SpeechToText {
  return {
    name: 'transcript double (offline)',
    async transcribe({ turn }) {
      return transcripts[turn - 1] ?? '[unintelligible]';
    },
  };
}
