import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// Priya Nair's cut and blow-dry, GB-20310614-002, is on Saturday 14 June 2031 at 13:00 under 07700 900606.
// "he's got a booking with you… can you tell me when it is": the booking held is said, then its time asked
// as "it". The front desk heard "what time" as the opening hours and kept the call with its menu.
describe('someone asking when the booking a relative holds is gets it looked up', () => {
  it('hands over to the desk that looks bookings up, and the number finds it', async () => {
    const o = await converse(
      'salon',
      [
        'morning, my wife has got an appointment with you sometime in june and she deleted the text, could you tell me what day it is',
        "it's under 07700 900606, Priya Nair",
      ],
      { tool: 'get_booking', result: { found: true, bookingRef: 'GB-20310614-002' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('keeps "I have a booking with you, what time do you open?" as the hours question', async () => {
    const o = await converse('salon', ['I have a booking with you on saturday, what time do you open?'], {
      reply: '9',
      never_tools: ['get_booking'],
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
