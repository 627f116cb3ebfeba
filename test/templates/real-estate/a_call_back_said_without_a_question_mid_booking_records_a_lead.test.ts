import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "just have someone call me" while TourBooker asks the name: said as a statement, not a question, so
 * the form held it as a name it could not read ("Sorry, I didn't catch that"). Asking to be called
 * instead is no value of the form, and the call-back desk serves it (questionForAnotherDesk.ts).
 * "call me Dana" still names the caller.
 */
describe('a call back said without a question while the viewing asks the name', () => {
  it('records a lead at the call-back desk', async () => {
    const o = await converse(
      'real-estate',
      ['I want to see LST-1005 on friday at 2pm', 'just have someone call me', 'Sam Lee', '555-0111'],
      { tool: 'record_lead', result: {} },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('CrmWriter');
    expect(o.turns[1].reply).not.toMatch(/didn't catch/);
  }, 180_000);

  it('said at the phone question, records the call back and the viewing is still booked', async () => {
    const o = await converse(
      'real-estate',
      [
        'book a viewing of LST-1002 tomorrow',
        '3pm',
        'Sam Lee',
        'actually can you just have an agent ring me',
        '555-0111',
      ],
      [
        { tool: 'record_lead', result: {} },
        { tool: 'book_tour', result: { booked: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('"call me Dana" is still the name', async () => {
    const o = await converse(
      'real-estate',
      ['I want to see LST-1005 on friday at 2pm', 'call me Dana Kim', '555-0111'],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('TourBooker');
  }, 180_000);
});
