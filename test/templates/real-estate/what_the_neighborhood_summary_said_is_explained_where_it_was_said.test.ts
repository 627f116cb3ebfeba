import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "What does the walk score mean?" and "the property tax you said, is that every year or just once when
// you buy?" right after the neighborhood desk's summary (dialogue batch 28, dev) went to the mortgage
// desk, which asked for a home's price.
describe("what the neighborhood desk's summary said, asked back", () => {
  it('is explained by that desk, and an area named is still looked up', async () => {
    const o = await converse(
      'real-estate',
      [
        "we're thinking of Maplewood, what's it like there?",
        "sorry what's a walk score exactly?",
        'ok. and is that tax every year?',
        "what's the property tax in riverside?",
      ],
      [{ reply: '0 to 100' }, { reply: 'every year, not once' }, { tool: 'describe_neighborhood' }],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.slice(1).map((t) => t.agent)).toEqual([
      'NeighborhoodExplainer',
      'NeighborhoodExplainer',
      'NeighborhoodExplainer',
    ]);
    expect(o.turns[3].reply).toMatch(/Riverside/);
  }, 180_000);
});
