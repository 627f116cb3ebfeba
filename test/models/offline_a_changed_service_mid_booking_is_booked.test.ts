import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "make it a blow dry instead" while the name was asked was read back as the service "make it a blow dry
// instead on Tuesday…"; "ok lets do a blow dry then, same time" was asked the name again ("ok" opened it
// like a yes). The words saying a value changes are not the value (forms/selfCorrection.ts).
describe('a changed service mid-booking is booked', () => {
  for (const change of ['make it a blow dry instead', 'ok lets do a blow dry then, same time']) {
    it(`reads back "blow dry" for "${change}"`, async () => {
      const o = await converse(
        'salon',
        ['book me in for a full colour tuesday 10am', change, 'Chloe Martin, 07700 900963', 'yes'],
        { tool: 'book_appointment', result: { booked: true, service: 'blow-dry' } },
      );
      expect(o.unmet).toEqual([]);
      expect(o.turns[2].reply).toMatch(/^Just to confirm: (a )?blow dry on Tuesday/);
    }, 180_000);
  }

  // dev16-salon-03: the length said against the body ("shoulder length") is the medium price.
  it('quotes highlights for "shoulder length" hair as medium', async () => {
    const o = await converse('salon', ["what would highlights cost? it's shoulder length"], {
      tool: 'color_quote',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/medium hair/);
  }, 180_000);
});
