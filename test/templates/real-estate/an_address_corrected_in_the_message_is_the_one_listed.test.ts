import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "I want to sell my house at 56 Chapel St... no wait, 58 Chapel Street" started a draft for 56 Chapel
// St: the first address found was the slip. Of two addresses with a correction between them, the one
// said after it is meant; one address said with "wait" elsewhere is still that address.
describe('an address corrected within the message', () => {
  it('drafts the listing for the corrected address', async () => {
    const o = await converse(
      'real-estate',
      ['I want to sell my house at 56 Chapel St... no wait, 58 Chapel Street'],
      { tool: 'draft_listing', reply: 'for 58 Chapel Street' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/56 Chapel/);
  }, 180_000);

  it('one address is taken as said', async () => {
    const o = await converse('real-estate', ['I want to sell 1420 birch lane, cannot wait to move'], {
      tool: 'draft_listing',
      reply: 'for 1420 Birch Lane',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
