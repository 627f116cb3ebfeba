import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "And a mobile number for the booking?" right after "What name should I put the booking under?": the
 * number is the booking's. It looked a booking up by it (the look-up takes a phone too) when the
 * customer had asked when they could come in rather than for a booking by name.
 */
describe('the number asked for by the booking form is the booking’s', () => {
  it('reads the booking back instead of looking one up by the number', async () => {
    const o = await converse(
      'salon',
      ['hello! do you have anything on thursday evening?', 'a blow dry', '6pm', 'Priya Natt', '07700 900411'],
      { tool: 'check_availability' },
    );
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('get_booking');
    expect(o.turns[4].reply).toMatch(/^Just to confirm: .*6pm, under Priya Natt, 07700 900411/);
    expect(o.turns[4].reply).not.toMatch(/\bnything/);
  }, 120_000);
});
