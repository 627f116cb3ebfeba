import { describe, expect, it } from 'vitest';
import { writtenAsDigits } from '../../src/models/offline/spokenNumbers.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "the reference is G B 2031 0613 001": read out in groups, the reference was GB-2031 and its tail
// "0613 001" a phone number, and the booking was looked for under that number. A reference's letters
// followed by up to three digit groups are one reference; "yeah that's the one, cancel it please" to
// the cancellation's question for the phone then asks for the cancellation (it had stopped the form).
describe('a reference read out in groups is one reference', () => {
  it('joins the groups, and leaves a phone said after them', () => {
    expect(writtenAsDigits('my booking is G B 2031 0614 002')).toBe('my booking is GB-2031-0614-002');
    expect(writtenAsDigits('the reference is GB 2031 0614 002 07700 900606')).toBe(
      'the reference is GB-2031-0614-002 07700 900606',
    );
    expect(writtenAsDigits('OK 2000 times')).toBe('OK 2000 times');
  });

  it('cancels the booking read out in groups after "yes, cancel it"', async () => {
    const o = await converse(
      'salon',
      [
        "I'd like to cancel, my booking reference is G B 2031 0614 002",
        // The number the booking is under, as for any change by reference (a reference is guessable).
        'yes that is it, please cancel it, my number is 07700 900606',
        'yes',
      ],
      { tool: 'cancel_booking', result: { cancelled: true, bookingRef: 'GB-20310614-002' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['cancel_booking']);
  }, 180_000);
});
