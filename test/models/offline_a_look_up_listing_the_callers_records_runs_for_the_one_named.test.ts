import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev17-salon-10: "can you tell me when my toner appointment is? the booking is under 07700 900931" got
 * both bookings and "Which one do you mean?", though only one is a toner; "the toner one please, not the
 * haircut" then got "Sorry, I'm not sure which one you mean" (the haircut it ruled out was read as a
 * pick too). A look-up that listed the caller's records runs again for the one named.
 */
describe('a look-up listing the caller’s records runs for the one named', () => {
  it('the record named in the request is looked up at once', async () => {
    const o = await converse(
      'salon',
      ['can you tell me when my toner appointment is? the booking is under 07700 900931'],
      { tool: 'get_booking', result: { found: true, bookingRef: 'GB-20310619-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/toner/);
    expect(o.turns[0].reply).not.toMatch(/Which one do you mean/);
  }, 120_000);

  it('a pick by its words, with the other ruled out, is looked up', async () => {
    const o = await converse(
      'salon',
      ['when is my appointment? number is 07700 900931', 'the toner one please, not the haircut'],
      { tool: 'get_booking', result: { found: true, bookingRef: 'GB-20310619-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/Which one do you mean/);
    expect(o.turns[1].reply).toMatch(/Thursday 19 June/);
    expect(toolsOf(o).filter((t) => t.tool === 'get_booking')).toHaveLength(2);
  }, 120_000);
});
