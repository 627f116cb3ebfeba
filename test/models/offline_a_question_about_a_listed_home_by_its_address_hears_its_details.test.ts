import { describe, expect, it } from 'vitest';
import { VocabularyMatch } from '../../src/routing/vocabularyMatch.ts';
import { converse } from './offlineScenario.ts';

/**
 * dev18-real-estate-01: "I'm enquiring about the house at 44 Cedar Lane. Is it all on one level? My knees
 * aren't what they used to be." went to the complaints desk: "arent" was repaired to "agent". Contractions
 * are not typos. And at the buyers' desk, after LST-1001, "and 44 Cedar Lane, is that on one level?" heard
 * LST-1001's details again: a question naming a street address is for the look-up that takes a home by its
 * address, and that look-up reads the address just said over the number carried from before.
 * (From the front desk the first message still reaches the sellers' desk: docs/dialogue.md.)
 */
describe('a question about a listed home by its address hears its details', () => {
  it('does not repair a contraction into a training word', () => {
    const vocabulary = new VocabularyMatch(['talk to an agent', 'one level']);
    expect(vocabulary.match('arent')).toBeNull();
    expect(vocabulary.match('agnet')).toEqual({ word: 'agent', kind: 'repair' });
  });

  it('the knees are no complaint', async () => {
    const o = await converse(
      'real-estate',
      [
        "Good afternoon. I'm enquiring about the house at 44 Cedar Lane. Is it all on one level? My knees aren't what they used to be.",
      ],
      { never_tools: ['open_escalation'] },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('the buyers desk tells the home just named, not the one before', async () => {
    const o = await converse(
      'real-estate',
      ['tell me about LST-1001', 'and 44 Cedar Lane, is that on one level?'],
      [{ reply: '615,000' }, { reply: '44 Cedar Lane.*799,000.*single level' }],
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
