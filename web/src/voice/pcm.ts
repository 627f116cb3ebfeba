/*
 * Audio as the browser relay speaks it (src/voice/browserRelay.ts): PCM16 little-endian, mono, 24 kHz,
 * both ways. The microphone runs at the device's rate (usually 48 kHz) and is resampled here.
 */

export const RELAY_SAMPLE_RATE = 24_000;
/** Caller audio goes out in 20 ms frames: 480 samples, 960 bytes. */
export const FRAME_MS = 20;
export const FRAME_SAMPLES = (RELAY_SAMPLE_RATE * FRAME_MS) / 1000;

/**
 * Streaming resampler from `from` Hz to `to` Hz. Downsampling averages the input samples each output
 * sample stands for (a box filter: enough against aliasing for speech recognition); upsampling
 * interpolates linearly. State carries over between calls, so chunk boundaries leave no clicks.
 */
export class Resampler {
  private readonly step: number;
  private position = 0;
  private carry = new Float32Array(0);

  constructor(from: number, to: number) {
    this.step = from / to;
  }

  push(input: Float32Array): Float32Array {
    const buffer = new Float32Array(this.carry.length + input.length);
    buffer.set(this.carry);
    buffer.set(input, this.carry.length);
    const out: number[] = [];
    let p = this.position;
    if (this.step >= 1) {
      while (Math.floor(p + this.step) <= buffer.length) {
        const start = Math.floor(p);
        const end = Math.max(start + 1, Math.floor(p + this.step));
        let sum = 0;
        for (let i = start; i < end; i++) sum += buffer[i];
        out.push(sum / (end - start));
        p += this.step;
      }
    } else {
      while (Math.floor(p) + 1 < buffer.length) {
        const i = Math.floor(p);
        const t = p - i;
        out.push(buffer[i] * (1 - t) + buffer[i + 1] * t);
        p += this.step;
      }
    }
    const consumed = Math.min(Math.floor(p), buffer.length);
    this.carry = buffer.slice(consumed);
    this.position = p - consumed;
    return Float32Array.from(out);
  }
}

/** Cuts a stream of samples into fixed frames of PCM16 LE bytes; the remainder waits for the next push. */
export class Framer {
  private pending = new Float32Array(0);

  constructor(private readonly frameSamples = FRAME_SAMPLES) {}

  push(samples: Float32Array): ArrayBuffer[] {
    const buffer = new Float32Array(this.pending.length + samples.length);
    buffer.set(this.pending);
    buffer.set(samples, this.pending.length);
    const frames: ArrayBuffer[] = [];
    let offset = 0;
    for (; offset + this.frameSamples <= buffer.length; offset += this.frameSamples)
      frames.push(floatToPcm16(buffer.subarray(offset, offset + this.frameSamples)));
    this.pending = buffer.slice(offset);
    return frames;
  }
}

/** Float samples (−1..1) → PCM16 little-endian bytes, clipped. */
export function floatToPcm16(samples: Float32Array): ArrayBuffer {
  const view = new DataView(new ArrayBuffer(samples.length * 2));
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return view.buffer;
}

/** PCM16 little-endian bytes → float samples for an AudioBuffer. */
export function pcm16ToFloat(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(Math.floor(bytes.byteLength / 2));
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(i * 2, true) / 0x8000;
  return out;
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
