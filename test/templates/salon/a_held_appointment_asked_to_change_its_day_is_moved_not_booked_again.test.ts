import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// Sofia Rossi's full colour, GB-20310613-001, is on Friday 13 June 2031 at 10:00 under 07700 900202.
// "I have appointment for keratin … Is possible to change the day?" (dialogue batch 25) went to the
// booking desk, and the yes booked a second visit beside the one to move: a booking the caller holds
// (said without its article, as a learner of English may), with a change of its day asked in everyday
// words, is a move.
describe('a held salon appointment asked to change its day', () => {
  it('is moved, never booked a second time', async () => {
    const o = await converse(
      'salon',
      [
        'good morning, I have appointment for colour on friday 13 june 2031. is possible to change the day? friday is not good anymore, tuesday 17 june same hour please',
        '07700 900202',
        'yes',
      ],
      {
        tool: 'reschedule_booking',
        result: { bookingRef: 'GB-20310613-001', when: 'Tuesday 17 June 2031 at 10:00' },
        never_tools: ['book_appointment'],
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
