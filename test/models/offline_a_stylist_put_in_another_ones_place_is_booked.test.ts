import { describe, expect, it } from 'vitest';
import { findRoleMember } from '../../src/models/offline/forms/slotValues.ts';
import { converse, toolsOf } from './offlineScenario.ts';

const STAFF = ['Maya', 'Theo', 'Priya', 'Jonas', 'Aisha'];

describe('a stylist put in another one’s place while the booking is being made', () => {
  it('reads the one wanted instead of another as the stylist, and a bare name as nobody', () => {
    expect(findRoleMember('actually can I have Jonas instead of Theo', STAFF)).toBe('Jonas');
    expect(findRoleMember('hmm, Jonas rather than Theo please', STAFF)).toBe('Jonas');
    // The one turned down is taken out before (withoutMembersDenied): "not , Jonas".
    expect(findRoleMember('no wait, not , Jonas', STAFF)).toBe('Jonas');
    expect(findRoleMember('no wait, not Theo, Jonas', STAFF)).toBe('Jonas');
    // A customer's own first name put in place of nothing staff-like stays no stylist.
    expect(findRoleMember('put it under Priya instead', STAFF)).toBeUndefined();
    expect(findRoleMember('not Priya Shah, Priya Nair', STAFF)).toBeUndefined();
  });

  it('changes the stylist asked for when the customer swaps them mid-form, and books with the new one', async () => {
    const o = await converse(
      'salon',
      [
        "I want a men's cut on Wednesday at 11 with Theo",
        'actually can I have Jonas instead of Theo',
        'Sam Patel 07700 900123',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, stylist: 'Jonas' } },
    );
    // Before: "I'm afraid I can't answer that one here", and the booking was made with Theo.
    expect(o.turns[1].reply).toMatch(/Jonas/);
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ stylist: 'Jonas', customerName: 'Sam Patel' });
  }, 120_000);

  it('takes the swap said at the read-back, and reads the booking back with the new stylist', async () => {
    const o = await converse(
      'salon',
      [
        "I want a men's cut on Wednesday at 11 with Theo",
        'Sam Patel 07700 900123',
        'can it be Jonas instead of Theo?',
      ],
      { never_tools: ['book_appointment'] },
    );
    expect(o.turns[2].reply).toMatch(/^Just to confirm: .*with Jonas .*Shall I go ahead\?$/);
  }, 120_000);
});
