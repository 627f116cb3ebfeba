import { encodeAudio, sampleRateOf, type VoiceAudioFormat } from '../../src/voice/audioFormat.ts';
import { hasEspeak, speakWav } from '../../src/voice/cascaded/espeakSpeech.ts';
import { MULAW_SILENCE } from '../../src/voice/mulaw.ts';
import { wavToMulaw8k } from '../../src/voice/wav.ts';

/** `ms` of line silence in `format`. */
export function silence(format: VoiceAudioFormat, ms: number): Uint8Array {
  const samples = Math.round((sampleRateOf(format) * ms) / 1000);
  if (format === 'audio/pcmu') return new Uint8Array(samples).fill(MULAW_SILENCE);
  return new Uint8Array(samples * 2);
}

/** A loud, voiced-looking signal (a 220 Hz buzz) for `ms`: what an energy VAD hears as speech. */
export function buzz(format: VoiceAudioFormat, ms: number): Uint8Array {
  const rate = sampleRateOf(format);
  const samples = new Int16Array(Math.round((rate * ms) / 1000));
  for (let i = 0; i < samples.length; i++)
    samples[i] = Math.round(9000 * Math.sin((2 * Math.PI * 220 * i) / rate));
  return encodeAudio(format, samples);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** Splits audio into frames of `frameMs` (20 ms: what Twilio sends). */
export function frames(audio: Uint8Array, format: VoiceAudioFormat, frameMs = 20): Uint8Array[] {
  const size = Math.round((sampleRateOf(format) * (format === 'audio/pcm' ? 2 : 1) * frameMs) / 1000);
  const out: Uint8Array[] = [];
  for (let i = 0; i < audio.byteLength; i += size) out.push(audio.subarray(i, i + size));
  return out;
}

// Production code (`switchboard call --say`) speaks through it too, so it lives with the espeak voice.
export { hasEspeak, speakWav };

/** A sentence spoken by espeak-ng as a phone line carries it (mu-law 8 kHz). */
export function speakMulaw(sentence: string): Uint8Array {
  return wavToMulaw8k(speakWav(sentence));
}
