import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "i box dyed my hair black and now it's gone patchy… what would that cost": the colour correction's
// keyword is "box dye", and "box dyed" named no service, so the customer was asked which colour they had
// in mind, twice. A service phrase said in its past ("dyed") names it too (serviceMatch.ts).
describe('a box dye gone wrong is quoted as a colour correction', () => {
  it('quotes the colour correction once the length is given', async () => {
    const o = await converse(
      'salon',
      [
        "i box dyed my hair black and now it's gone patchy and kind of green at the ends. can you fix it?? what would that cost",
        "it's medium, about shoulder length",
      ],
      { tool: 'color_quote', result: { found: true, price: '$350', patchTestNeeded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/which colour/i);
  }, 180_000);
});
