import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "whats my house worth? its a 3 bed in Lakeview" valued the home with `sizeSqft: 3`: the bedrooms' 3 was
// read as the size too. No home is 3 square feet; a size said in square feet is still read.
describe('a count of bedrooms is no size', () => {
  it('values a 3-bed without a size', async () => {
    const o = await converse('real-estate', ['whats my house worth? its a 3 bed in Lakeview'], {
      tool: 'pull_comparables',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    const args = toolsOf(o).find((t) => t.tool === 'pull_comparables')?.arguments as Record<string, unknown>;
    expect(args.bedrooms).toBe(3);
    expect(args.sizeSqft).toBeUndefined();
  }, 180_000);

  it('still reads a size said in square feet', async () => {
    const o = await converse(
      'real-estate',
      ['what would my 3 bed in Lakeview sell for? its about 1,650 sq ft'],
      {
        tool: 'pull_comparables',
      },
    );
    const args = toolsOf(o).find((t) => t.tool === 'pull_comparables')?.arguments as Record<string, unknown>;
    expect(args.sizeSqft).toBe(1650);
  }, 180_000);
});
