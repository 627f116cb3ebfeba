import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "is maya free wednesday afternoon? need a cut and blow dry" (dialogue batch 25) was answered with the
// cut's price: whether a stylist is free on a day asks for her free times, as "is Theo in on Tuesday" does.
describe('a stylist asked if she is free on a day', () => {
  it("gets that day's free times with her, not a price", async () => {
    const o = await converse('salon', ["is maya free on friday afternoon? I'd like a cut and blow dry"], {
      tool: 'check_availability',
      result: { found: true, service: "women's cut and blow-dry" },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools[0].arguments).toMatchObject({ stylist: 'Maya', partOfDay: 'afternoon' });
  }, 180_000);
});
