import { describe, expect, it } from 'vitest';
import { withoutRefusals } from '../../src/models/offline/refusedClauses.ts';
import { forbidsAction } from '../../src/models/offline/toolActions.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a customer says what they have never done before asking for something', () => {
  it('reads "I have never booked" as no refusal of a booking, and "don’t book it" still as one', () => {
    expect(forbidsAction("I've never booked over the phone before", 'book_appointment')).toBe(false);
    expect(forbidsAction('we never cancelled anything with you', 'cancel_booking')).toBe(false);
    expect(forbidsAction("please don't book it yet", 'book_appointment')).toBe(true);
    expect(forbidsAction('never cancel it without asking me', 'cancel_booking')).toBe(true);
  });

  it('leaves out a sentence that opens with what was never done, not one that asks for something', () => {
    expect(withoutRefusals("Hi there, I've never booked over the phone before. Could I get a cut?")).toBe(
      'Could I get a cut?',
    );
    const asks = "I'd like some money back, but I've never asked for a refund before. How does it work?";
    expect(withoutRefusals(asks)).toBe(asks);
  });

  it('books the cut asked for after "I’ve never booked over the phone before"', async () => {
    const o = await converse(
      'salon',
      [
        "Hi there, I've never booked over the phone before. Could I get a men's cut on Thursday afternoon?",
        '3pm is fine',
        'Tom Baker, 07700 900444',
        'yes please',
      ],
      { tool: 'book_appointment', result: { booked: true, service: "men's cut" } },
    );
    // Before: the booking look-up asked for a booking reference, and nothing was booked.
    expect(toolsOf(o)[0].tool).toBe('check_availability');
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
