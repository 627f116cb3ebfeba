import { describe, expect, it } from 'vitest';
import { comparesValues } from '../../src/models/offline/comparedValues.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "whats the difference between growth and scale? we've got about 8 numbers…" started an order ("Just
// to confirm: an order of 1 numbers"): "whats" without its apostrophe was no question, and the numbers
// describing the customer read as a quantity. Weighing two plans asks for every plan's price.
describe('a comparison of plans quotes every plan and orders nothing', () => {
  it('reads two values weighed against each other, not a change from one to the other', () => {
    const plans = ['Starter', 'Growth', 'Scale'];
    expect(comparesValues('whats the difference between growth and scale?', plans)).toBe(true);
    expect(comparesValues('starter or growth, which is better for us?', plans)).toBe(true);
    expect(comparesValues('move us from growth to scale', plans)).toBe(false);
    expect(comparesValues('how much is scale?', plans)).toBe(false);
  });

  it('quotes every plan, with no plan named and no order', async () => {
    const o = await converse(
      'support',
      [
        "whats the difference between growth and scale? we've got about 8 numbers and do maybe 5000 mins a month",
      ],
      { tool: 'lookup_pricing', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['lookup_pricing']);
    expect(o.turns[0].reply).toMatch(/Starter .*Growth .*Scale/);
    expect(o.turns[0].reply).not.toMatch(/order/i);
  }, 180_000);
});
