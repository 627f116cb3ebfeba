import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "roughly how long would I be sat there?" while the colour quote waited for the hair length: the form
// found no length in it and said "Sorry, I didn't catch that", though the quote's own reply says how
// long. How much or how long, asked of a look-up under way and naming nothing else, asks it again.
describe('how long asked of a quote under way is answered by the quote', () => {
  it('says the time in the chair again and asks for the length still needed', async () => {
    const o = await converse(
      'salon',
      ['hi, how much is keratin smoothing?', 'ok and how long does it take roughly?'],
      { tool: 'color_quote' },
    );
    expect(o.turns[1].reply).not.toMatch(/didn't catch/i);
    expect(o.turns[1].reply).toMatch(/hours?/);
    expect(o.turns[1].reply).toMatch(/short, medium or long/);
  }, 180_000);
});
