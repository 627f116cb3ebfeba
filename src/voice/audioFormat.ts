import { bytesToPcm16, MULAW_SAMPLE_RATE, mulawToPcm16, pcm16ToBytes, pcm16ToMulaw } from './mulaw.ts';

/**
 * The two audio formats a call leg speaks: `audio/pcmu` (G.711 mu-law, 8 kHz: phones) and `audio/pcm`
 * (PCM16 little-endian, 24 kHz: browsers). Named exactly as the Realtime API's GA `format.type`.
 */
export type VoiceAudioFormat = 'audio/pcmu' | 'audio/pcm';

const INFO: Record<VoiceAudioFormat, { sampleRate: number; bytesPerSample: number }> = {
  'audio/pcmu': { sampleRate: MULAW_SAMPLE_RATE, bytesPerSample: 1 },
  'audio/pcm': { sampleRate: 24000, bytesPerSample: 2 },
};

export function sampleRateOf(format: VoiceAudioFormat): number {
  return INFO[format].sampleRate;
}

export function bytesPerMs(format: VoiceAudioFormat): number {
  const { sampleRate, bytesPerSample } = INFO[format];
  return (sampleRate * bytesPerSample) / 1000;
}

/** Duration of `byteLength` bytes of `format`, in milliseconds. */
export function durationMs(format: VoiceAudioFormat, byteLength: number): number {
  return byteLength / bytesPerMs(format);
}

/** The GA `session.audio.{input,output}.format` object for a format. */
export function sessionFormatOf(
  format: VoiceAudioFormat,
): { type: 'audio/pcmu' } | { type: 'audio/pcm'; rate: 24000 } {
  return format === 'audio/pcmu' ? { type: 'audio/pcmu' } : { type: 'audio/pcm', rate: 24000 };
}

/** Reads a GA format object (or a legacy string) back to our name; null for anything else (e.g. pcma). */
export function formatFromSession(value: unknown): VoiceAudioFormat | null {
  const type = typeof value === 'string' ? value : (value as { type?: unknown } | null)?.type;
  if (type === 'audio/pcmu' || type === 'g711_ulaw') return 'audio/pcmu';
  if (type === 'audio/pcm' || type === 'pcm16') return 'audio/pcm';
  return null;
}

export function decodeAudio(format: VoiceAudioFormat, bytes: Uint8Array): Int16Array {
  return format === 'audio/pcmu' ? mulawToPcm16(bytes) : bytesToPcm16(bytes);
}

/** `samples` must already be at the format's sample rate. */
export function encodeAudio(format: VoiceAudioFormat, samples: Int16Array): Uint8Array {
  return format === 'audio/pcmu' ? pcm16ToMulaw(samples) : pcm16ToBytes(samples);
}

/** Root mean square of PCM16 samples, 0..32767: the energy a voice activity detector compares. */
export function rms(samples: Int16Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
  return Math.sqrt(sum / samples.length);
}
