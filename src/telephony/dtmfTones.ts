import { MULAW_SAMPLE_RATE, pcm16ToMulaw } from '../voice/mulaw.ts';

/** The DTMF grid: each key is one low (row) and one high (column) frequency, in Hz. */
export const DTMF_FREQUENCIES: Record<string, [number, number]> = {
  '1': [697, 1209],
  '2': [697, 1336],
  '3': [697, 1477],
  '4': [770, 1209],
  '5': [770, 1336],
  '6': [770, 1477],
  '7': [852, 1209],
  '8': [852, 1336],
  '9': [852, 1477],
  '*': [941, 1209],
  '0': [941, 1336],
  '#': [941, 1477],
};

const TONE_MS = 120;
const GAP_MS = 80;
const WAIT_MS = 500;

/**
 * In-band DTMF as mu-law 8 kHz audio, what an IVR on the far end hears: each key a 120 ms dual tone
 * then 80 ms of silence; `w` waits half a second (as in TwiML's `<Play digits>`).
 */
export function dtmfMulaw(digits: string): Uint8Array {
  const samples: number[] = [];
  const silence = (ms: number) => {
    for (let i = 0; i < (ms * MULAW_SAMPLE_RATE) / 1000; i++) samples.push(0);
  };
  for (const key of digits) {
    if (key === 'w' || key === 'W') {
      silence(WAIT_MS);
      continue;
    }
    const [low, high] = DTMF_FREQUENCIES[key];
    for (let i = 0; i < (TONE_MS * MULAW_SAMPLE_RATE) / 1000; i++) {
      const t = i / MULAW_SAMPLE_RATE;
      samples.push(Math.round(8000 * (Math.sin(2 * Math.PI * low * t) + Math.sin(2 * Math.PI * high * t))));
    }
    silence(GAP_MS);
  }
  return pcm16ToMulaw(Int16Array.from(samples));
}
