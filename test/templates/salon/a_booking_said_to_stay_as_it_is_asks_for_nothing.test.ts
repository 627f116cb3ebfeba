import { describe, expect, it } from 'vitest';
import { withoutRefusals } from '../../../src/models/offline/refusedClauses.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "I've got my own cut booked with Maya on Tuesday 10 June at 9, that's staying as it is. How much is a
// kids cut?" (dialogue batch 27, dev): the sentence about the booking kept was matched with the
// question, the booking was looked up ("What's your booking reference?"), and the price never said.
describe('a booking the customer says stays as it is', () => {
  it('is left out of what the message asks for, when something else is asked', () => {
    expect(withoutRefusals('My colour on Saturday stays as it is. Do you do eyebrow tints?')).toBe(
      'Do you do eyebrow tints?',
    );
    expect(withoutRefusals("the 3pm is fine as it is. what's the price of a fringe trim?")).toBe(
      "what's the price of a fringe trim?",
    );
    // Said alone it is all there is; asked as a question it asks.
    expect(withoutRefusals('my booking stays as it is')).toBe('my booking stays as it is');
    expect(withoutRefusals('Can my booking stay as it is? I might be late.')).toBe(
      'Can my booking stay as it is? I might be late.',
    );
  });

  it('answers the price asked beside it, and books and looks up nothing', async () => {
    const o = await converse(
      'salon',
      ["Hiya, my balayage with Priya next Friday is staying as it is. How much is a men's cut?"],
      { reply: '\\$35' },
    );
    expect(o.unmet).toEqual([]);
    const called = toolsOf(o).map((t) => t.tool);
    expect(called).not.toContain('book_appointment');
    expect(called).not.toContain('get_booking');
  }, 180_000);
});
