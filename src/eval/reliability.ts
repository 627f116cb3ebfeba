import type { RouterSample } from './calibrate.ts';

/**
 * How well the fast-path confidence is calibrated: among the entry router's local handoffs, does a
 * decision made with confidence c turn out right about c of the time? A reliability table bins the
 * handoffs by confidence and sets each bin's mean confidence beside its accuracy; the expected
 * calibration error (ECE) is the mean gap, weighted by how many handoffs fall in each bin. Stays and
 * unsure decisions are left out: hybrid routing only ever acts on a handoff.
 */

export type ReliabilityBin = {
  /** Lower and upper confidence bound of the bin ([lo, hi), the last bin includes 1). */
  lo: number;
  hi: number;
  count: number;
  meanConfidence: number;
  /** Share of the bin's handoffs that took a right first hop (0 when the bin is empty). */
  accuracy: number;
};

export type Reliability = { bins: ReliabilityBin[]; ece: number; handoffs: number };

export function reliability(samples: readonly RouterSample[], binCount = 10): Reliability {
  const handoffs = samples.filter((s) => s.target !== null);
  const bins: ReliabilityBin[] = Array.from({ length: binCount }, (_, i) => ({
    lo: i / binCount,
    hi: (i + 1) / binCount,
    count: 0,
    meanConfidence: 0,
    accuracy: 0,
  }));
  for (const s of handoffs) {
    const bin = bins[Math.min(binCount - 1, Math.floor(s.confidence * binCount))];
    bin.count++;
    bin.meanConfidence += s.confidence;
    if (s.rightFirstHops.includes(s.target!)) bin.accuracy++;
  }
  let ece = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    bin.meanConfidence /= bin.count;
    bin.accuracy /= bin.count;
    ece += (bin.count / handoffs.length) * Math.abs(bin.accuracy - bin.meanConfidence);
  }
  return { bins, ece, handoffs: handoffs.length };
}

export function formatReliability(r: Reliability): string {
  const lines = [
    `reliability of the fast-path confidence over ${r.handoffs} local handoffs (ECE ${r.ece.toFixed(3)})`,
    'confidence     handoffs  mean conf  accuracy',
    ...r.bins
      .filter((b) => b.count > 0)
      .map(
        (b) =>
          `${`${b.lo.toFixed(1)}–${b.hi.toFixed(1)}`.padEnd(13)}  ${String(b.count).padStart(8)}  ${b.meanConfidence
            .toFixed(3)
            .padStart(9)}  ${b.accuracy.toFixed(3).padStart(8)}`,
      ),
  ];
  return `${lines.join('\n')}\n`;
}
