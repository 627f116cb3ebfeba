/**
 * G.711 mu-law (what Twilio Media Streams and the Realtime API's `audio/pcmu` carry): 8 kHz, one byte
 * per sample, no header. Tables are built once so a 20 ms frame costs 160 lookups.
 */

const BIAS = 0x84;
const CLIP = 32635;

/** Mu-law of silence: a phone line at rest is a stream of 0xFF bytes. */
export const MULAW_SILENCE = 0xff;
export const MULAW_SAMPLE_RATE = 8000;
/** 8 samples per millisecond, one byte each. */
export const MULAW_BYTES_PER_MS = 8;

function encodeSample(sample: number): number {
  let s = sample;
  const sign = s < 0 ? 0x80 : 0;
  if (s < 0) s = -s;
  if (s > CLIP) s = CLIP;
  s += BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; mask >>= 1) exponent -= 1;
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

function decodeByte(byte: number): number {
  const u = ~byte & 0xff;
  const exponent = (u >> 4) & 0x07;
  const magnitude = ((((u & 0x0f) << 3) + BIAS) << exponent) - BIAS;
  return u & 0x80 ? -magnitude : magnitude;
}

const DECODE = new Int16Array(256);
for (let i = 0; i < 256; i++) DECODE[i] = decodeByte(i);

// Indexed by the unsigned 16-bit view of the sample (sample & 0xffff).
const ENCODE = new Uint8Array(65536);
for (let i = 0; i < 65536; i++) ENCODE[i] = encodeSample(i >= 32768 ? i - 65536 : i);

/** Linear PCM16 samples → mu-law bytes. */
export function pcm16ToMulaw(samples: Int16Array): Uint8Array {
  const out = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = ENCODE[samples[i] & 0xffff];
  return out;
}

/** Mu-law bytes → linear PCM16 samples. */
export function mulawToPcm16(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = DECODE[bytes[i]];
  return out;
}

/**
 * Resamples mono PCM16. Downsampling averages the input samples each output sample covers (a box
 * filter: crude, but it keeps speech above 4 kHz from folding back as hiss); upsampling interpolates.
 */
export function resample(samples: Int16Array, fromRate: number, toRate: number): Int16Array {
  if (fromRate === toRate) return samples;
  const outLength = Math.max(0, Math.floor((samples.length * toRate) / fromRate));
  const out = new Int16Array(outLength);
  const step = fromRate / toRate;
  if (step > 1) {
    for (let i = 0; i < outLength; i++) {
      const start = Math.floor(i * step);
      const end = Math.min(samples.length, Math.max(start + 1, Math.floor((i + 1) * step)));
      let sum = 0;
      for (let j = start; j < end; j++) sum += samples[j];
      out[i] = Math.round(sum / (end - start));
    }
    return out;
  }
  for (let i = 0; i < outLength; i++) {
    const position = i * step;
    const left = Math.floor(position);
    const right = Math.min(samples.length - 1, left + 1);
    const frac = position - left;
    out[i] = Math.round(samples[left] * (1 - frac) + samples[right] * frac);
  }
  return out;
}

/** PCM16 little-endian bytes (the Realtime API's `audio/pcm`) → samples, copying so alignment never matters. */
export function bytesToPcm16(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(bytes.length >> 1);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(i * 2, true);
  return out;
}

export function pcm16ToBytes(samples: Int16Array): Uint8Array {
  const out = new Uint8Array(samples.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < samples.length; i++) view.setInt16(i * 2, samples[i], true);
  return out;
}
