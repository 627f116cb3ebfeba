import { describe, expect, it } from 'vitest';
import { offeredChoice } from '../../src/models/offline/forms/pendingRequests.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// A dev28 row (salon): two bookings listed under one number, "the one on the Thursday" took the first
// (Tuesday's) because "the one" reads as the first place in a list; "cancel the toner" read back a move,
// then showed the booking; and a yes to "cancel booking GB-…617" cancelled the haircut the caller meant
// to keep. The read-back now names the booking's service and day.
describe('a booking picked by its weekday or its service is that one', () => {
  const bookings = [
    {
      bookingRef: 'GB-20310617-001',
      service: "women's cut and blow-dry",
      when: 'Tuesday 17 June 2031 at 10:00',
    },
    { bookingRef: 'GB-20310619-001', service: 'toner and gloss', when: 'Thursday 19 June 2031 at 15:00' },
  ];
  const offer = { callId: 'call_1', name: 'get_booking', args: {}, output: { found: false, bookings } };

  it('reads "the one on the Thursday" as the Thursday booking, and "the second one" as the second', () => {
    expect(offeredChoice(offer, 'bookingRef', "it's the one on the Thursday")).toBe('GB-20310619-001');
    expect(offeredChoice(offer, 'bookingRef', 'the second one')).toBe('GB-20310619-001');
    expect(offeredChoice(offer, 'bookingRef', 'that one')).toBe('GB-20310617-001');
  });

  it('cancels the toner it was asked to, naming it at the read-back, and keeps the cut', async () => {
    const o = await converse(
      'salon',
      [
        'hello, I booked twice by mistake I think, can you look?',
        'Grace Obi, 07700 900931',
        "I'd like to cancel the toner one, the haircut can stay",
        'yes',
      ],
      { tool: 'cancel_booking', result: { cancelled: true, bookingRef: 'GB-20310619-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/toner and gloss on Thursday 19 June/);
    expect(toolsOf(o).filter((t) => t.tool === 'cancel_booking')).toHaveLength(1);
  }, 180_000);

  it('moves the toner named with its new day and the phone in one message, on a yes to a read-back naming it', async () => {
    const o = await converse(
      'salon',
      ['can you move my toner to Saturday 21 June at 11am? my number is 07700 900931', 'yes please'],
      { tool: 'reschedule_booking', result: { rescheduled: true, bookingRef: 'GB-20310619-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/move your toner and gloss on Thursday 19 June 2031 at 15:00/);
  }, 180_000);

  it('says the read-back alone once it names the booking the look-up found', async () => {
    const o = await converse(
      'salon',
      ['I need to push my appointment on the 14th of June back half an hour, to 1:30', '07700 900606', 'yes'],
      { tool: 'reschedule_booking', result: { rescheduled: true, bookingRef: 'GB-20310614-002' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(
      /^Just to confirm: move your women's cut and blow-dry on Saturday 14 June 2031/,
    );
  }, 180_000);

  // A first version of the read-back at once let the message be routed again after the look-up made for
  // it: a move asked by reference went on to the booking desk, and three desks more.
  it('keeps a move asked by reference at the desk that moves it', async () => {
    const o = await converse(
      'salon',
      [
        "reschedule Tomas Herrera's keratin on the 14th to the following Saturday same time comma ref GB-20310614-001",
      ],
      { reply: 'phone number the booking is under' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('CustomerService');
    expect(o.turns[0].handoffs).toHaveLength(1);
  }, 180_000);
});
