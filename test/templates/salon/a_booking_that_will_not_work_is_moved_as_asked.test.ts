import { describe, expect, it } from 'vitest';
import { MOVE_OR_CANCEL } from '../../../src/models/offline/forms/moveOrCancel.ts';
import { converse } from '../../models/offlineScenario.ts';

// Priya Nair's cut and blow-dry, GB-20310614-002, is on Saturday 14 June 2031 at 13:00 under 07700 900606.
// "I've got a booking on saturday … but something's come up" (a chat probe, 2026-11-28) says neither a
// move nor a cancellation: the desk asks which, and the reply picks.
describe('a salon booking that will not work is moved as the caller asks', () => {
  it('asks move or cancel, and "3pm same day instead" moves it', async () => {
    const o = await converse(
      'salon',
      [
        "hi I've got a booking on saturday the 14th of june under 07700 900606 but something's come up",
        'can we do 3pm same day instead',
        'yes',
      ],
      {
        tool: 'reschedule_booking',
        result: { bookingRef: 'GB-20310614-002', when: 'Saturday 14 June 2031 at 15:00' },
        never_tools: ['cancel_booking', 'book_appointment'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toBe(MOVE_OR_CANCEL);
  }, 180_000);
});
