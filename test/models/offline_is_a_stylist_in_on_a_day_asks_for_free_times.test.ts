import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "Is Theo in on Tuesday? want a skin fade" got "What would you like done, and which day suits you?",
// and "what times?" then went to the front desk (a chat probe): asking whether someone is in on a day
// asks whether they are free then.
describe('"is <stylist> in on <day>?" asks for free times', () => {
  it("lists Theo's Tuesday times and books the one picked with him", async () => {
    const o = await converse(
      'salon',
      ['Is Theo in on Tuesday? want a skin fade', '11am', 'Omar Said', '07700 900123', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0]).toMatchObject({ tool: 'check_availability', arguments: { stylist: 'Theo' } });
    expect(toolsOf(o).find((t) => t.tool === 'book_appointment')?.arguments).toMatchObject({
      stylist: 'Theo',
    });
  }, 180_000);

  // dev16-salon-02: "does priya have anything…" booked with Maya, the first free.
  it('books with Priya after "does priya have anything saturday afternoon for a womens cut?"', async () => {
    const o = await converse(
      'salon',
      [
        'does priya have anything saturday afternoon for a womens cut?',
        '2pm pls',
        'Nina Alvarez',
        '07700 900852',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, stylist: 'Priya' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
