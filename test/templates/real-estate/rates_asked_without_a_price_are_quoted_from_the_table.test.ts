import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "what are current mortgage rates" got only "What price of home should I quote on?": with no price
// said or discussed, the rate table is itself the answer. It is read out, then the price asked for the
// monthly payments, which are quoted once it is given.
describe('mortgage rates asked without a price', () => {
  it('reads out the rate table, then quotes payments on the price given', async () => {
    const o = await converse('real-estate', ['what are current mortgage rates', '600k'], {
      tool: 'quote_mortgage',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/30-year fixed at 6\.625%/);
    expect(o.turns[0].reply).toMatch(/What price of home should I quote on\?$/);
    expect(o.turns[1].reply).toMatch(/On \$600,000 with 20% down/);
  }, 180_000);
});
