import { describe, expect, it } from 'vitest';
import type { RouterSample } from '../../src/eval/calibrate.ts';
import { formatReliability, reliability } from '../../src/eval/reliability.ts';

const sample = (confidence: number, right: boolean, target: string | null = 'Billing'): RouterSample => ({
  id: String(Math.random()),
  input: 'x',
  expected: ['Billing'],
  target: target === null ? null : right ? 'Billing' : 'Sales',
  rightFirstHops: ['Billing'],
  confidence,
  routerConfidence: confidence,
});

describe('eval calibrate: reliability table and expected calibration error', () => {
  it('is 0 when every bin is as right as it is sure', () => {
    const samples = [
      ...Array.from({ length: 10 }, () => sample(1, true)),
      sample(0.55, true),
      sample(0.55, false),
    ];
    const r = reliability(samples);
    expect(r.handoffs).toBe(12);
    expect(r.bins[5]).toMatchObject({ count: 2, accuracy: 0.5 });
    expect(r.ece).toBeCloseTo((2 / 12) * 0.05, 10);
  });

  it('weighs each bin gap by its share of the handoffs and leaves stays out', () => {
    const samples = [
      ...Array.from({ length: 3 }, () => sample(0.95, false)),
      sample(0.95, true),
      sample(0.9, true, null),
    ];
    const r = reliability(samples);
    expect(r.handoffs).toBe(4);
    expect(r.ece).toBeCloseTo(0.95 - 0.25, 10);
    expect(formatReliability(r)).toContain('ECE 0.700');
    expect(formatReliability(r)).toMatch(/0\.9–1\.0\s+4\s+0\.950\s+0\.250/);
  });
});
