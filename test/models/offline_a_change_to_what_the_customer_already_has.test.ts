import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Dev rows of batch 20 (2026-11-27): a change to something the customer already has, said in passing,
// was made as a new thing or lost.
describe('a change to what the customer already has', () => {
  // "I ordered 4 extra seats last week … can I make it 6 instead?" placed a second order (of 6; its
  // read-back said 2, from "two more people"). The order said as done is changed, to the number said
  // as the new one.
  it('changes the order placed, to the new number, and places none', async () => {
    const o = await converse(
      'support',
      [
        "We ordered 3 extra numbers a while ago but there's two new people starting, could you make it 5 instead? Account ACC-1010",
        'yes',
      ],
      { tool: 'change_order_quantity' },
    );
    expect(o.turns[0].reply).toMatch(/change your latest order to 5 in all/);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('place_order');
  }, 120_000);

  // "…the reference is GB 20310614 002, and I was wondering could I make it a bit later, like three
  // o'clock instead": the phone number asked for the move went to the look-up, and the move was lost.
  it('moves the booking once the phone number asked for it is given', async () => {
    const o = await converse(
      'salon',
      [
        "so this is Priya Nair, I've got a cut booked for the fourteenth of June, uh, the reference is GB 20310614 002, and I was wondering could I make it a bit later, like three o'clock instead",
        "it's 07700 900606",
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/15:00/);
  }, 120_000);

  // QA probe: "can I do the Thursday after instead, same time?" about a booking on Tuesday 10 June 2031
  // moved it to the coming Thursday, six months earlier.
  it('moves "the Thursday after" to the Thursday after the booking', async () => {
    const o = await converse(
      'salon',
      [
        'Hi, I need to move my haircut',
        'GB-20310610-001',
        'can I do the Thursday after instead, same time?',
        '07700 900101',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/Thursday 12 June 2031 at 09:00/);
  }, 120_000);

  // "Oh sorry, actually make it 4 not 3" while the name is asked: the hour replaced is said after it.
  it('takes "make it 4 not 3" as the new time of a booking in progress', async () => {
    const o = await converse(
      'salon',
      [
        'Can I book a blow-dry for Friday at 3?',
        'sorry, make it 4 not 3',
        'Olivia Brandt',
        '07700 900264',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/at 16:00/);
  }, 120_000);
});
