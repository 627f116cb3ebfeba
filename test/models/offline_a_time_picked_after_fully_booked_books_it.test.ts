import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// QA chat probes (2026-11-27): the salon's booking failed at the time asked ("Theo is fully booked at
// 14:00 … Free that day: Theo at 10:00 … 12:30. Which would you like?"), and the time then picked got
// "I can check free times, tell you prices, or book you in" and a person: name, phone and service
// were thrown away. The failure now says the time is what to choose again (templates/salon), and the
// booking is made again with it; "Aisha at 13:30" names the stylist too.
describe('a time picked after "fully booked"', () => {
  it('books the time picked with the details already given', async () => {
    const o = await converse(
      'salon',
      [
        "can I get a men's cut with Theo on 13 June 2031 at 2pm?",
        'Sam Hill',
        '07700 900876',
        'yes',
        'the 12:30',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/fully booked at 14:00/);
    expect(o.turns.at(-1)!.reply).toMatch(/men's cut with Theo on Friday 13 June 2031 at 12:30/);
  }, 120_000);

  it('books the stylist named with the time', async () => {
    const o = await converse(
      'salon',
      [
        'book me a keratin treatment next thursday at 6pm',
        'Lena Ho',
        '07700 900345',
        'yes',
        'Aisha at 13:30 please',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/with Aisha on Thursday .* at 13:30/);
  }, 120_000);
});
