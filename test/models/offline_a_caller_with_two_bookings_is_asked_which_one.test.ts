import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// A cancellation by phone number took the number's next booking without a word, though the caller had
// two. The look-up now lists them and asks which; the reply names one by its place, a word only it has
// ("the Thursday one") or its reference, and the change asked for (not the first tool taking a
// reference: "the second one" was read as a move) is read back for that booking.
describe('a caller with two bookings is asked which one', () => {
  it('lists both, and cancels "the Thursday one" after the read-back', async () => {
    const o = await converse(
      'salon',
      ['I need to cancel my appointment, my number is 07700 900931', 'the thursday one', 'yes'],
      { tool: 'cancel_booking', result: { cancelled: true, bookingRef: 'GB-20310619-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(
      /There are 2 bookings under that number: GB-20310617-001, .* and GB-20310619-001, .* Which one do you mean\?$/,
    );
    expect(o.turns[1].reply).toBe(
      'Just to confirm: cancel your toner and gloss on Thursday 19 June 2031 at 15:00 (booking GB-20310619-001). Shall I go ahead?',
    );
    expect(toolsOf(o).filter((t) => t.tool === 'cancel_booking')).toHaveLength(1);
  }, 180_000);

  it('moves "the second one" to the day asked next', async () => {
    const o = await converse(
      'salon',
      ['can I move my appointment? my number is 07700 900931', 'the second one', 'saturday', 'yes'],
      { tool: 'reschedule_booking', result: { rescheduled: true, bookingRef: 'GB-20310619-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Which day would you like instead\?/);
  }, 180_000);
});
