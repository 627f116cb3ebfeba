/**
 * Is this audio speech, and whose? A listener hears words when the pitch moves (intonation), the
 * spectrum changes from frame to frame (vowels, fricatives, stops: the zero-crossing rate swings),
 * and the loudness rises and falls at syllable rate (2–8 Hz). A tone, a buzz or noise fails at least
 * one of these. Frames are 40 ms with a 10 ms hop.
 */
export type SpeechAnalysis = {
  durationMs: number;
  /** Share of active frames with a clear pitch (60–400 Hz). */
  voicedFraction: number;
  /** Mean pitch of voiced frames, Hz (0 if none). */
  meanPitchHz: number;
  /** Standard deviation of pitch around its median, in semitones: intonation. */
  pitchSpreadSemitones: number;
  /** Coefficient of variation of the zero-crossing rate across active frames: spectral change. */
  zcrVariation: number;
  /** Depth of the loudness envelope's 2–8 Hz modulation, relative to its mean: syllables. */
  syllableModulation: number;
};

const FRAME_MS = 40;
const HOP_MS = 10;

function frameRms(x: Int16Array, start: number, length: number): number {
  let sum = 0;
  for (let i = start; i < start + length; i++) sum += x[i] * x[i];
  return Math.sqrt(sum / length);
}

function zeroCrossingRate(x: Int16Array, start: number, length: number): number {
  let crossings = 0;
  for (let i = start + 1; i < start + length; i++) if (x[i - 1] < 0 !== x[i] < 0) crossings++;
  return crossings / length;
}

/** Pitch by normalized autocorrelation; null when the frame is not clearly periodic. */
function framePitch(x: Int16Array, start: number, length: number, rate: number): number | null {
  const minLag = Math.floor(rate / 400);
  const maxLag = Math.min(Math.ceil(rate / 60), length - 1);
  const scores: number[] = [];
  for (let lag = minLag; lag <= maxLag; lag++) {
    let xy = 0;
    let xx = 0;
    let yy = 0;
    for (let i = start; i < start + length - lag; i++) {
      xy += x[i] * x[i + lag];
      xx += x[i] * x[i];
      yy += x[i + lag] * x[i + lag];
    }
    scores.push(xx > 0 && yy > 0 ? xy / Math.sqrt(xx * yy) : 0);
  }
  const best = Math.max(0, ...scores);
  if (best < 0.6) return null;
  // The shortest lag nearly as good as the best: a period's multiples score as high (octave errors).
  const index = scores.findIndex((r) => r >= best * 0.9);
  return rate / (minLag + index);
}

const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0);
const stdev = (v: number[]) => {
  const m = mean(v);
  return Math.sqrt(mean(v.map((x) => (x - m) ** 2)));
};
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Amplitude of the envelope's modulation between `lowHz` and `highHz`, over its mean (a DFT of the envelope). */
function modulationDepth(envelope: number[], frameRate: number, lowHz: number, highHz: number): number {
  const n = envelope.length;
  const m = mean(envelope);
  if (n < 4 || m === 0) return 0;
  let power = 0;
  for (let k = 1; k < n / 2; k++) {
    const hz = (k * frameRate) / n;
    if (hz < lowHz || hz > highHz) continue;
    let re = 0;
    let im = 0;
    for (let i = 0; i < n; i++) {
      const angle = (2 * Math.PI * k * i) / n;
      re += (envelope[i] - m) * Math.cos(angle);
      im -= (envelope[i] - m) * Math.sin(angle);
    }
    power += re * re + im * im;
  }
  return Math.sqrt(2 * power) / n / m;
}

export function analyzeSpeech(samples: Int16Array, sampleRate: number): SpeechAnalysis {
  const frame = Math.round((sampleRate * FRAME_MS) / 1000);
  const hop = Math.round((sampleRate * HOP_MS) / 1000);
  const energies: number[] = [];
  for (let s = 0; s + frame <= samples.length; s += hop) energies.push(frameRms(samples, s, frame));
  const loudest = Math.max(0, ...energies);
  const active = energies.map((e) => loudest > 0 && e >= loudest * 0.1);
  const first = active.indexOf(true);
  const last = active.lastIndexOf(true);
  const pitches: number[] = [];
  const zcrs: number[] = [];
  let activeCount = 0;
  for (let f = 0; f < energies.length; f++) {
    if (!active[f]) continue;
    activeCount++;
    zcrs.push(zeroCrossingRate(samples, f * hop, frame));
    const pitch = framePitch(samples, f * hop, frame, sampleRate);
    if (pitch !== null) pitches.push(pitch);
  }
  const center = median(pitches);
  const span = first < 0 ? [] : energies.slice(first, last + 1);
  return {
    durationMs: (samples.length / sampleRate) * 1000,
    voicedFraction: activeCount ? pitches.length / activeCount : 0,
    meanPitchHz: mean(pitches),
    pitchSpreadSemitones: pitches.length ? stdev(pitches.map((p) => 12 * Math.log2(p / center))) : 0,
    zcrVariation: mean(zcrs) > 0 ? stdev(zcrs) / mean(zcrs) : 0,
    syllableModulation: modulationDepth(span, 1000 / HOP_MS, 2, 8),
  };
}

/** Why `analysis` is not speech ([] when it is): each failed criterion, with its value. */
export function notSpeechBecause(analysis: SpeechAnalysis): string[] {
  const why: string[] = [];
  if (analysis.durationMs < 300) why.push(`too short (${Math.round(analysis.durationMs)} ms)`);
  if (analysis.voicedFraction < 0.15)
    why.push(`voiced fraction ${analysis.voicedFraction.toFixed(2)} (no pitched sound: noise or clicks)`);
  if (analysis.pitchSpreadSemitones < 1)
    why.push(`pitch spread ${analysis.pitchSpreadSemitones.toFixed(2)} semitones (no intonation)`);
  if (analysis.zcrVariation < 0.3)
    why.push(`zero-crossing variation ${analysis.zcrVariation.toFixed(2)} (the spectrum never changes)`);
  if (analysis.syllableModulation < 0.2)
    why.push(`syllable-rate modulation ${analysis.syllableModulation.toFixed(2)} (no syllables)`);
  return why;
}
