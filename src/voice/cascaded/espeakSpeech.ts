import { execFile } from 'node:child_process';
import { resample } from '../mulaw.ts';
import { parseWav } from '../wav.ts';
import type { EspeakVoice } from './agentVoices.ts';

export class EspeakUnavailableError extends Error {
  override name = 'EspeakUnavailableError';
  constructor(detail: string) {
    super(`offline speech needs espeak-ng (apt-get install espeak-ng): ${detail}`);
  }
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));

/** The espeak-ng arguments for one utterance (text is passed after `--`, never parsed as an option). */
export function espeakArgs(voice: EspeakVoice, text: string): string[] {
  return [
    '-v',
    `${voice.language}+${voice.variant}`,
    '-p',
    String(clamp(voice.pitch, 0, 99)),
    '-s',
    String(clamp(voice.speed, 80, 450)),
    '--stdout',
    '--',
    text,
  ];
}

/**
 * Speaks `text` with espeak-ng (offline, no model weights) and returns PCM16 mono at `sampleRate`.
 * espeak runs as a child process, so a call's event loop keeps streaming while it synthesizes.
 */
export function espeakSpeak(text: string, voice: EspeakVoice, sampleRate: number): Promise<Int16Array> {
  return new Promise((resolve, reject) => {
    execFile(
      'espeak-ng',
      espeakArgs(voice, text),
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          reject(new EspeakUnavailableError(code === 'ENOENT' ? 'not installed' : error.message));
          return;
        }
        try {
          const wav = parseWav(new Uint8Array(stdout));
          resolve(resample(wav.samples, wav.sampleRate, sampleRate));
        } catch (cause) {
          reject(new EspeakUnavailableError(`unreadable output (${(cause as Error).message})`));
        }
      },
    );
  });
}
