import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A sentence spoken by espeak-ng's default voice, as a WAV file's bytes (`switchboard call --say`). */
export function speakWav(sentence: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'sb-speech-'));
  try {
    const file = join(dir, 'speech.wav');
    execFileSync('espeak-ng', ['-s', '175', '-w', file, '--', sentence], { stdio: 'ignore' });
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether espeak-ng is installed (`switchboard call` checks before it needs it; tests skip without it). */
export function hasEspeak(): boolean {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
