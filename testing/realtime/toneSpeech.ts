import { encodeAudio, sampleRateOf, type VoiceAudioFormat } from '../../src/voice/audioFormat.ts';

/**
 * The double "speaks" a pure tone whose pitch identifies the voice, for a duration that grows with
 * the text. Tests can then tell, from the audio alone, that it decodes in the expected format and
 * which voice produced it — something random noise or a wrong format could never fake.
 */
export function voiceToneHz(voice: string): number {
  let hash = 0;
  for (const ch of voice) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return 400 + (hash % 8) * 100; // 400..1100 Hz: well inside the 4 kHz telephone band
}

export function speechDurationMs(text: string, msPerChar: number): number {
  return Math.max(200, Math.round(text.length * msPerChar));
}

/** A tone of `durationMs` in `format`, with 10 ms fades so it starts and ends without clicks. */
export function synthesizeTone(voice: string, durationMs: number, format: VoiceAudioFormat): Uint8Array {
  const rate = sampleRateOf(format);
  const count = Math.round((rate * durationMs) / 1000);
  const fade = Math.round(rate / 100);
  const hz = voiceToneHz(voice);
  const samples = new Int16Array(count);
  for (let i = 0; i < count; i++) {
    const envelope = Math.min(1, i / fade, (count - 1 - i) / fade);
    samples[i] = Math.round(8000 * envelope * Math.sin((2 * Math.PI * hz * i) / rate));
  }
  return encodeAudio(format, samples);
}
