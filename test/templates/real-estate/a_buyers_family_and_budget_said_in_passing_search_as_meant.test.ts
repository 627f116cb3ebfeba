import { describe, expect, it } from 'vitest';
import { findNumber } from '../../../src/models/offline/numberSaid.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * What a buyer says in passing: "we've got three dogs" after asking for 2 bedrooms searched for 3 (a count
 * of animals read as bedrooms); "what could we get for 500k" was greeted with the budget question it had
 * just answered; "the elm street one looks great, could an agent give me a call about it?" reached the
 * call-back desk, which sent it on to the listing's look-up (it names a listing) and a mortgage was quoted.
 */
describe("a buyer's family and budget said in passing search as meant", () => {
  it('a number of people or animals is no count of bedrooms; of users, it is a quantity', () => {
    expect(findNumber("we've got three dogs", 'bedrooms')).toBeUndefined();
    expect(findNumber('2 kids and 3 bedrooms please', 'bedrooms')).toBe(3);
    expect(findNumber('we need 5 users', 'quantity')).toBe(5);
  });

  it('the animals said later keep the bedrooms asked for', async () => {
    const o = await converse(
      'real-estate',
      ['looking to buy, up to 700k, 2 bedrooms minimum', "riverside if possible, we've got three dogs"],
      { tool: 'search_listings', result: { found: true } },
    );
    const searches = toolsOf(o).filter((t) => t.tool === 'search_listings');
    expect(searches.at(-1)?.arguments).toMatchObject({ bedrooms: 2, neighborhood: 'Riverside' });
  }, 180_000);

  it('"what could we get for 500k" searches under $500,000', async () => {
    const o = await converse('real-estate', ['what could we realistically get for 500k?'], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0]?.arguments).toMatchObject({ maxPrice: 500000 });
  }, 180_000);

  it('a call back asked about a listing is recorded by the call-back desk', async () => {
    const o = await converse(
      'real-estate',
      [
        'we want to buy in Maplewood, budget 650k, 3 bedrooms',
        'the elm street one looks great, could an agent give me a call about it?',
        'Tara Quinn, 555-0171',
      ],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => t.tool === 'quote_mortgage')).toBe(false);
  }, 180_000);
});
