import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "lookin for 3bd house under 600k anywhere, have 2 kids": "3bd" was no number, so the search took the
// "2" of "2 kids" as the bedrooms. Bedroom shorthand ("3bd", "2br", "4bdrm") is spelt out as "3 bed".
describe('a texted bedroom count is read', () => {
  it('searches for 3 bedrooms, not the 2 kids', async () => {
    const o = await converse(
      'real-estate',
      ['lookin for 3bd house under 600k anywhere, have 2 kids so schools matter'],
      {
        tool: 'search_listings',
      },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'search_listings')?.arguments).toMatchObject({ bedrooms: 3 });
  }, 180_000);

  // "a 3 bed place" read as the street address "3 Bed Place": a number before "bed" or "bath" is a count.
  it('reads "a 3bd place" as 3 bedrooms, not an address', async () => {
    const o = await converse('real-estate', ['need a 3bd place under 650k, we have 2 dogs'], {
      tool: 'search_listings',
    });
    expect(toolsOf(o).find((t) => t.tool === 'search_listings')?.arguments).toMatchObject({ bedrooms: 3 });
  }, 180_000);
});
