import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "what about renting in Old Town" after we said we have no rentals was read as a question about Old
// Town (the area desk described it), and "can we rent instead?" after a search found nothing was not
// heard as renting at all. Renting asked about as an option gets the same plain answer and a person;
// someone renting in an area today, who wants to buy, is still searched.
describe('renting asked about as an option', () => {
  it('after the first no, renting in an area is still told no, never described', async () => {
    const o = await converse(
      'real-estate',
      ['do you have any apartments for rent?', 'what about renting in Old Town'],
      { reply: "don't handle rentals", never_tools: ['describe_neighborhood', 'search_listings'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/don't handle rentals/);
  }, 180_000);

  it('"can we rent instead?" after a search is told no and offered a person', async () => {
    const o = await converse(
      'real-estate',
      ['show me 2 bed homes in Riverside under 600k', 'hmm, can we rent instead?'],
      { reply: 'member of our team' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/don't handle rentals/);
  }, 180_000);

  it('someone renting in an area today who wants to buy is searched', async () => {
    const o = await converse('real-estate', ["we're renting in Old Town now and want to buy a 2 bed"], {
      tool: 'search_listings',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
