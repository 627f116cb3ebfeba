import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "my late husband and I bought it in 1978 and it's just too big for me now" filled the seller's draft
// with 1978 bedrooms: the first number said was taken for the count. A year is a count only with its
// unit after it ("1950 sq ft"), or for a property that is itself a time.
describe('the year a seller bought the home is no count of bedrooms', () => {
  const bedroomsOf = (o: Awaited<ReturnType<typeof converse>>) =>
    toolsOf(o)
      .filter((t) => t.tool === 'draft_listing')
      .map((t) => (t.arguments as { bedrooms?: number | null }).bedrooms ?? null);

  it('drafts the listing without a bedroom count, then takes the one said', async () => {
    const o = await converse(
      'real-estate',
      [
        "hi, I want to sell my house, it's 12 Rowan Street in Riverside. we bought it back in 1985 and it's too big for the two of us now",
        "it's got 4 bedrooms",
      ],
      { tool: 'draft_listing', result: { drafted: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(bedroomsOf(o)).toEqual([null, 4]);
  }, 180_000);

  // "12 Rowan Close": the seller was asked for the street address they had just given, again and again.
  it('reads a British street type as the address', async () => {
    const o = await converse(
      'real-estate',
      ["hi, I want to sell my house, it's 12 Rowan Close in Riverside"],
      {
        tool: 'draft_listing',
        result: { drafted: true, address: '12 Rowan Close' },
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
