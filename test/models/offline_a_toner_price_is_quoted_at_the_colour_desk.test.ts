import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "how much is a toner?" reached ColorConsultation, whose quote tool it fitted just under the bar
// (0.19): the caller got the colour greeting and a person offered instead of a price. The quote's
// description now says customers ask it that way.
describe('a toner price is quoted at the colour desk', () => {
  it('quotes a toner once the hair length is said', async () => {
    const o = await converse('salon', ['how much is a toner?', 'medium'], {
      tool: 'color_quote',
      result: { found: true, service: 'toner and gloss' },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/short, medium or long/);
    expect(o.turns[1].reply).toMatch(/^Toner and gloss (for medium hair )?is \$\d+/);
  }, 180_000);
});
