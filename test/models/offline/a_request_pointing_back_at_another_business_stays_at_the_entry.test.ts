import { describe, expect, it } from 'vitest';
import { converse } from '../offlineScenario.ts';

/**
 * "My electricity bill arrived today … I'd like to pay it": the entry kept the message for the electricity
 * (another business's bill), and then a request clause the router was surer of ("I'd like to pay it")
 * took it to the clinic's billing desk. A clause whose object points back at what was said before asks
 * about that same thing, so it no longer overrides the keep (routing dev8). A clause that names its own
 * object still does: "… the doctor said. can you still colour my hair?" is the salon's.
 */
const handoffsOf = (o: Awaited<ReturnType<typeof converse>>) => o.turns.flatMap((t) => t.handoffs);

describe('a request pointing back at another business’s thing', () => {
  it('stays at the entry when its clause says "it", "him" or "that"', async () => {
    const bill = await converse(
      'after-hours',
      [
        "Good evening. My electricity bill arrived today and it's nearly double last month's. I'd like to pay it and ask why it has gone up.",
      ],
      { handoff: 'Billing' },
    );
    expect(handoffsOf(bill)).toEqual([]);
    const dog = await converse('salon', ['my dog needs a groom, can i book him in'], { handoff: 'Booking' });
    expect(handoffsOf(dog)).toEqual([]);
  });

  it('still goes where a clause that names its own thing says', async () => {
    const colour = await converse(
      'salon',
      ['I reacted to hair dye years ago, PPD I think the doctor said. can you still colour my hair?'],
      { handoff: 'ColorConsultation' },
    );
    expect(handoffsOf(colour)).toContain('FrontDesk->ColorConsultation');
  });
});
