import { describe, expect, it } from 'vitest';
import { withListedPickNamed } from '../../../src/models/offline/listedPicks.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "the one on elm street can you tell me more about that one" right after the search listed two homes
// (dialogue batch 26, dev): only "the Elm Street one" was read as a pick, and the buyer got the
// search's opening question.
describe('"the one on <street>" after homes are listed', () => {
  const listed =
    'I found 2 homes in Lakeview under $450,000: LST-1014, 27 Willow Court in Lakeview: 2 bed, 1 bath, 1,100 sq ft, $389,000; LST-1013, 61 Shore Drive in Lakeview: 3 bed, 2 bath, 1,500 sq ft, $415,000. Would you like to see any of them?';

  it('is the home on that street, read from as many words as name one', () => {
    expect(withListedPickNamed('the one on shore drive, how old is it', [listed])).toBe(
      'LST-1013, how old is it',
    );
    expect(withListedPickNamed('what about the house on willow court please', [listed])).toBe(
      'what about LST-1014 please',
    );
    // Words every listed home has pick none; a bare pick is left to the offer.
    expect(withListedPickNamed('the one in lakeview, is it nice', [listed])).toBe(
      'the one in lakeview, is it nice',
    );
    expect(withListedPickNamed('the one on shore drive please', [listed])).toBe(
      'the one on shore drive please',
    );
  });

  it('shows that home', async () => {
    const o = await converse(
      'real-estate',
      [
        'we want to buy a place in lakeview',
        'up to 450 thousand',
        'the one on shore drive, can you tell me more about it',
      ],
      { tool: 'get_listing', result: { found: true, listingId: 'LST-1013' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'get_listing')).toHaveLength(1);
  }, 180_000);
});
