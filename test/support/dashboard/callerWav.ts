import { writeFileSync } from 'node:fs';
import { parseWav, writeWav } from '../../../src/voice/wav.ts';
import { speakWav } from '../../../testing/audio/callerAudio.ts';

export type CallerPart = { say: string } | { silenceMs: number };

/**
 * What a caller says into the fake microphone, as one WAV file (PCM16 mono at espeak-ng's rate):
 * espeak-ng sentences separated by silences. Chromium plays it as the microphone
 * (`--use-file-for-fake-audio-capture`), so the silences set when each sentence reaches the call.
 * Returns the file's duration in ms.
 */
export function writeCallerWav(path: string, parts: CallerPart[]): number {
  const spoken = parts.map((part) => ('say' in part ? parseWav(speakWav(part.say)) : null));
  const sampleRate = spoken.find((s) => s !== null)?.sampleRate ?? 22_050;
  const chunks = parts.map((part, i) => {
    const speech = spoken[i];
    if (speech === null)
      return new Int16Array(Math.round((sampleRate * (part as { silenceMs: number }).silenceMs) / 1000));
    if (speech.sampleRate !== sampleRate)
      throw new Error('espeak-ng changed its sample rate between sentences');
    return speech.samples;
  });
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const samples = new Int16Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  const bytes = new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
  writeFileSync(path, writeWav(bytes, 'pcm16', sampleRate));
  return Math.round((total / sampleRate) * 1000);
}
