import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "GB-20310614-002, can you push it back to 3 same day?" names the booking and the new time. A salon
 * reference is its date and a three-digit count, easy to guess, so the phone number the booking is under
 * is still asked before anything about it is said or changed (the nineteenth pass briefly skipped it;
 * taken back at the merge). "3 same day" is the move's new hour (slotValues.ts).
 */
describe('a move named by its reference still asks the phone number', () => {
  it('asks the number, reads the move back, and makes it on yes', async () => {
    const o = await converse(
      'salon',
      ['GB-20310614-002, can you push it back to 3 same day?', '07700 900606', 'yes'],
      { tool: 'reschedule_booking', result: { changed: true, when: 'Saturday 14 June 2031 at 15:00' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/phone number/i);
  }, 180_000);

  it('asks the phone number when no reference was given', async () => {
    const o = await converse('salon', ['can you push my appointment back to 3 same day?'], {
      reply: 'phone number|reference',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
