import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I don't have the reference, but the booking is under my number": the move asked for the reference
// the caller had just said they did not have, and "the twelfth" was no date. The booking is now looked
// up by the number first (the caller hears which one it is), a day said alone is read in that
// booking's month, and a cancellation by number is read back with the booking's reference.
describe('a salon booking found by phone number is moved or cancelled', () => {
  it('moves the June colour to "the Thursday before, the twelfth" without asking for the reference', async () => {
    const o = await converse(
      'salon',
      [
        "Good morning. I'm afraid I shall have to rearrange my colour appointment in June. I don't have the reference to hand, but the booking is under my number, 07700 900202.",
        "Would the Thursday before, the twelfth, at eleven o'clock be possible? I should like to keep Priya if I can.",
        "Yes, that's lovely, thank you very much.",
      ],
      {
        tool: 'reschedule_booking',
        result: { rescheduled: true, bookingRef: 'GB-20310613-001', stylist: 'Priya' },
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(
      /GB-20310613-001 is a full colour .* Which day would you like instead\?/,
    );
    expect(o.turns[1].reply).toMatch(
      /^Just to confirm: move your full colour on Friday 13 June 2031 at 10:00 \(GB-20310613-001\) to Thursday 12 June 2031/,
    );
    expect(o.turns[2].reply).toMatch(/now on Thursday 12 June 2031 at 11:00/);
    expect(JSON.stringify(o.turns)).not.toMatch(/What's your booking reference/);
  }, 180_000);

  it('cancels by phone number after reading the booking back', async () => {
    const o = await converse(
      'salon',
      ["I need to cancel my appointment, I don't have the reference, my number is 07700 900606", 'yes'],
      { tool: 'cancel_booking', result: { cancelled: true, bookingRef: 'GB-20310614-002' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(
      /Just to confirm: cancel your women's cut and blow-dry on Saturday 14 June 2031 at 13:00 \(booking GB-20310614-002\)\. Shall I go ahead\?$/,
    );
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['get_booking', 'cancel_booking']);
  }, 180_000);
});
