import { describe, expect, it } from 'vitest';
import { answersAfterAskingWhy } from '../../src/models/offline/forms/digressions.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// dev28 rows: "I want us off the Scale plan" was read back as a move to Scale (support); "Why do you
// need my number if I've given you the reference? Fine, 07700 900303." started a look-up of the booking
// on its word "reference", and the cancellation asked for waited (salon).
describe('what a customer leaves, or asks why we need, is not a value or a request', () => {
  it('does not read back a move to the plan the customer is leaving', async () => {
    const o = await converse(
      'support',
      ['we are paying far too much, get us off the Scale plan please', 'ACC-1009'],
      { never_tools: ['change_plan'] },
    );
    expect(o.turns.map((t) => t.reply).join(' ')).not.toMatch(/to the Scale plan/);
  }, 180_000);

  it('hears the answer after "why do you need it?"', async () => {
    expect(
      answersAfterAskingWhy('how come you need that when I gave you the reference? ok, 07700 900303'),
    ).toBe(true);
    expect(answersAfterAskingWhy('why do you need my phone number?')).toBe(false);
    const o = await converse(
      'salon',
      [
        'please cancel booking GB-20310613-002',
        "why would you want my number when you've got the reference? whatever, 07700 900303",
        'yes',
      ],
      { tool: 'cancel_booking', result: { cancelled: true, bookingRef: 'GB-20310613-002' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: cancel/);
    expect(toolsOf(o).some((t) => t.tool === 'get_booking')).toBe(false);
  }, 180_000);
});
