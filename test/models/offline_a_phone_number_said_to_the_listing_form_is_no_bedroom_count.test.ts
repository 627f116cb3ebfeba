import { describe, expect, it } from 'vitest';
import { findNumber } from '../../src/models/offline/numberSaid.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "my name is Sam Lee, 07700 900555" said to the listing form's address question filled bedrooms with
// 7700 (the first number of the sentence) and was told "Sorry, I didn't catch that". A phone number is
// never a count; the number is kept for the listing agent and the reply is thanked for.
describe('a phone number said to the listing form is no bedroom count', () => {
  it('fills no bedrooms and thanks the seller before asking the address again', async () => {
    const o = await converse(
      'real-estate',
      ['I want to sell my house', 'my name is Sam Lee, 07700 900555', '7 Cedar Lane in Maplewood'],
      { tool: 'draft_listing', result: { drafted: true } },
    );
    expect(o.unmet).toEqual([]);
    for (const call of toolsOf(o)) expect(call.arguments).not.toHaveProperty('bedrooms');
    expect(o.turns[1].reply).toBe("Thanks. What's the street address of the home you'd like to sell?");
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ phone: '07700 900555' });
  }, 180_000);

  it('reads no count from a written phone number, and still reads one said with it', () => {
    expect(findNumber('my name is Sam Lee, 07700 900555', 'bedrooms')).toBeUndefined();
    expect(findNumber('call me on 555-0161', 'bedrooms')).toBeUndefined();
    expect(findNumber('3 bed, call me on 555-0161', 'bedrooms')).toBe(3);
    expect(findNumber('asking 1200000')).toBe(1200000);
  });
});
