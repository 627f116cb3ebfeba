import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "GB-20310614-002, can you push it back to 3 same day?" names the booking and the new time. The move's
 * phone number is written as standing in for the reference ("to find it without a reference"), yet it
 * was asked anyway, and a following "yes" answered that question instead of a read-back; "3 same day"
 * was not read as the new hour either. With the reference given the phone is not asked
 * (beforeTheChange.ts), and an hour followed by "same day" is the move's new time (slotValues.ts).
 */
describe('a move named by its reference asks no phone number', () => {
  it('reads the move back at once and makes it on yes', async () => {
    const o = await converse('salon', ['GB-20310614-002, can you push it back to 3 same day?', 'yes'], {
      tool: 'reschedule_booking',
      result: { changed: true, when: 'Saturday 14 June 2031 at 15:00' },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/phone number/i);
  }, 180_000);

  it('still asks the phone number when no reference was given', async () => {
    const o = await converse('salon', ['can you push my appointment back to 3 same day?'], {
      reply: 'phone number|reference',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
