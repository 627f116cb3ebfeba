import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * A customer names the service in a reply to another question. "do you have anything on thursday
 * evening?" starts the booking with no service in it, the free evening times are listed with "What time
 * would you like?", and "a blow dry" is the service: it quoted the blow-dry's price and the booking was
 * read back and made as "anything", which the salon could not book. "just a trim" to the time question
 * was counted as a failed answer ("Sorry, I didn't catch that") and dropped.
 */
describe('a service said while the time is asked', () => {
  it('is the booking’s service, not a price question', async () => {
    const o = await converse(
      'salon',
      ['hello! do you have anything on thursday evening?', 'a blow dry', 'Mia Lopez', '07700 900111', 'yes'],
      { tool: 'book_appointment', result: { booked: true, service: 'blow-dry' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('list_services');
    expect(o.turns[3].reply).toMatch(/^Just to confirm: blow dry on Thursday/);
  }, 120_000);

  it('is taken, thanked for, and the time asked again', async () => {
    const o = await converse(
      'salon',
      ['hi can I book a haircut on friday', 'just a trim', '2pm', 'Sara Holm'],
      {
        reply: 'mobile number',
      },
    );
    expect(o.turns[1].reply).toMatch(/^Thanks\. What time would you like\?/);
    expect(o.turns[3].reply).toMatch(/mobile number/);
  }, 120_000);
});
