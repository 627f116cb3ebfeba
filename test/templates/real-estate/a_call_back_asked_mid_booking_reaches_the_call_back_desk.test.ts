import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "actually can someone just call me" while TourBooker asks the customer's name: no name in it, no tool
 * of TourBooker fits it, and the front desk places it with the call-back desk, yet the form kept it
 * ("Sorry, I didn't catch that. May I have your full name?") because the router was under the bar a
 * form's open question asks (questionForAnotherDesk.ts). A name said to the question still books.
 */
describe('a call-back asked mid-booking', () => {
  it('reaches the call-back desk', async () => {
    const o = await converse(
      'real-estate',
      ['I want to book a viewing of LST-1002 on friday at 11am', 'actually can someone just call me'],
      { reply: '.' },
    );
    expect(o.turns[1].agent).toBe('CrmWriter');
    expect(o.turns[1].reply).not.toMatch(/didn't catch/);
  }, 180_000);

  it('a name said to the question is still the name', async () => {
    const o = await converse(
      'real-estate',
      ['I want to book a viewing of LST-1002 on friday at 11am', 'Ana Lima', '555-0172'],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('TourBooker');
  }, 180_000);
});
