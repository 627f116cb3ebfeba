/**
 * How much of a signal's power sits at one frequency (Goertzel), 0..1. A clean tone decoded in the
 * right format scores near 1; the same bytes decoded in the wrong format (PCM read as mu-law, or the
 * reverse) are broadband noise and score near 0.
 */
export function toneShare(samples: Int16Array, sampleRate: number, hz: number): number {
  if (samples.length === 0) return 0;
  const omega = (2 * Math.PI * hz) / sampleRate;
  const coeff = 2 * Math.cos(omega);
  let s1 = 0;
  let s2 = 0;
  let energy = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i];
    energy += x * x;
    const s0 = x + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  const power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
  // A pure tone of N samples has Goertzel power ≈ N/2 × its energy.
  return energy === 0 ? 0 : Math.min(1, power / ((samples.length / 2) * energy));
}
