import { MULAW_SAMPLE_RATE, mulawToPcm16, pcm16ToMulaw, resample } from './mulaw.ts';

export class WavFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WavFormatError';
  }
}

/** A decoded WAV file: mono PCM16 (channels are averaged) at its own sample rate. */
export type PcmAudio = { sampleRate: number; samples: Int16Array };

const PCM = 1;
const FLOAT = 3;
const MULAW = 7;

/**
 * Reads a RIFF/WAVE file: PCM 8/16/24/32-bit, 32-bit float or mu-law, any rate, any channel count.
 * Tolerates a streaming header whose data size is 0 or 0xFFFFFFFF (espeak-ng and sox write those
 * when piping) by reading to the end of the buffer.
 */
export function parseWav(buffer: Uint8Array): PcmAudio {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const tag = (offset: number) => String.fromCharCode(...buffer.subarray(offset, offset + 4));
  if (buffer.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
    throw new WavFormatError('not a WAV file (no RIFF/WAVE header)');
  let offset = 12;
  let fmt: { format: number; channels: number; sampleRate: number; bits: number } | null = null;
  while (offset + 8 <= buffer.byteLength) {
    const id = tag(offset);
    let size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      let format = view.getUint16(body, true);
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      if (format === 0xfffe && size >= 26) format = view.getUint16(body + 24, true);
      fmt = {
        format,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new WavFormatError('WAV data chunk comes before its fmt chunk');
      if (size === 0 || size === 0xffffffff || body + size > buffer.byteLength)
        size = buffer.byteLength - body;
      return { sampleRate: fmt.sampleRate, samples: toMono(buffer.subarray(body, body + size), fmt) };
    }
    offset = body + size + (size % 2);
  }
  throw new WavFormatError('WAV file has no data chunk');
}

function toMono(
  data: Uint8Array,
  fmt: { format: number; channels: number; sampleRate: number; bits: number },
): Int16Array {
  const { format, channels, bits } = fmt;
  if (channels < 1) throw new WavFormatError('WAV file declares no channels');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const bytesPerSample = bits / 8;
  const frames = Math.floor(data.byteLength / (bytesPerSample * channels));
  let read: (at: number) => number;
  if (format === MULAW && bits === 8) read = (at) => mulawToPcm16(data.subarray(at, at + 1))[0];
  else if (format === PCM && bits === 16) read = (at) => view.getInt16(at, true);
  else if (format === PCM && bits === 8) read = (at) => (view.getUint8(at) - 128) << 8;
  else if (format === PCM && bits === 24) read = (at) => (view.getInt8(at + 2) << 8) | view.getUint8(at + 1);
  else if (format === PCM && bits === 32) read = (at) => view.getInt32(at, true) >> 16;
  else if (format === FLOAT && bits === 32)
    read = (at) => Math.max(-32768, Math.min(32767, Math.round(view.getFloat32(at, true) * 32767)));
  else throw new WavFormatError(`unsupported WAV encoding (format ${format}, ${bits} bits)`);
  const out = new Int16Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read((i * channels + c) * bytesPerSample);
    out[i] = Math.round(sum / channels);
  }
  return out;
}

/** Any WAV → the bytes a phone line carries: mu-law, 8 kHz, mono. */
export function wavToMulaw8k(buffer: Uint8Array): Uint8Array {
  const { sampleRate, samples } = parseWav(buffer);
  return pcm16ToMulaw(resample(samples, sampleRate, MULAW_SAMPLE_RATE));
}

/** A WAV file around raw audio: mu-law 8 kHz (format 7) or PCM16 at `sampleRate`. */
export function writeWav(data: Uint8Array, encoding: 'mulaw' | 'pcm16', sampleRate: number): Uint8Array {
  const bits = encoding === 'mulaw' ? 8 : 16;
  const fmtSize = encoding === 'mulaw' ? 18 : 16; // non-PCM formats carry a cbSize field
  const headerSize = 12 + 8 + fmtSize + 8;
  const out = new Uint8Array(headerSize + data.byteLength + (data.byteLength % 2));
  const view = new DataView(out.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) out[offset + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, out.byteLength - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, fmtSize, true);
  view.setUint16(20, encoding === 'mulaw' ? MULAW : PCM, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, (sampleRate * bits) / 8, true);
  view.setUint16(32, bits / 8, true);
  view.setUint16(34, bits, true);
  if (fmtSize === 18) view.setUint16(36, 0, true);
  ascii(20 + fmtSize, 'data');
  view.setUint32(24 + fmtSize, data.byteLength, true);
  out.set(data, headerSize);
  return out;
}
