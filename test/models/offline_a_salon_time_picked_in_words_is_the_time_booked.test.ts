import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/** When the booking made was (the eval's clock is the coming Monday, so the day is not fixed). */
const bookedWhen = (o: Awaited<ReturnType<typeof converse>>) =>
  (toolsOf(o).find((t) => t.tool === 'book_appointment')?.result as { when?: string } | undefined)?.when;

/**
 * "ok can i get a mens cut sat morning" lists Saturday morning's free times and asks "What time would
 * you like?". "10 is good" was no time (only "10" or "10 please" was), so the read-back kept the
 * earliest time listed — "09:00am" — and a customer who said "yes" was booked an hour early. An hour
 * said with words that take it ("10 is good", "ok 11 works for me") answers the time question, and a
 * listed time is read back as listed ("09:00", never "09:00am").
 */
describe('a salon time picked in words is the time booked', () => {
  it('"10 is good" after the morning list books 10:00', async () => {
    const o = await converse(
      'salon',
      ['ok can i get a mens cut sat morning', '10 is good', 'Sam Okoro', '07700 900777', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(bookedWhen(o)).toMatch(/^Saturday .* at 10:00$/);
    expect(o.turns[3].reply).toMatch(/at 10am, under Sam Okoro/);
  }, 180_000);

  it('"ok 11 works for me" books 11:00', async () => {
    const o = await converse(
      'salon',
      ['can i book a womens cut saturday morning', 'ok 11 works for me', 'Ana Silva', '07700 900778', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(bookedWhen(o)).toMatch(/^Saturday .* at 11:00$/);
  }, 180_000);

  it('the earliest time listed is read back as listed, with no am after it', async () => {
    const o = await converse(
      'salon',
      ['ok can i get a mens cut sat morning', 'the first one is fine', 'Sam Okoro', '07700 900777'],
      { reply: 'Just to confirm: .* 09:00, under Sam Okoro' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).not.toMatch(/09:00am/);
  }, 180_000);
});
