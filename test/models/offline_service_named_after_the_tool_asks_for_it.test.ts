import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "hair cut" could be any of the salon's cuts, so the booking asks which. "a women's cut please" is the
 * answer to that question; it quoted the women's cut price (the look-up shares the service's words).
 */
describe('the service named after the booking asks for it', () => {
  it('goes back to the booking with it, not to the price list', async () => {
    const o = await converse(
      'salon',
      [
        'hiya, can I get my hair cut this friday?',
        'around 2 if poss',
        'Hannah Brooks',
        '07700 900555',
        'yes',
        "a women's cut please",
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('list_services');
    // The changed service is read back before the booking is made (as a changed date is).
    expect(o.turns[5].reply).toMatch(/^Just to confirm: women's cut/);
  }, 120_000);
});
