import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * Mid-order at the support line, "what's cheaper?" got "I'm afraid I can't answer that one here" from
 * the sales desk, whose price look-up answers it: no tool is described in "cheaper". An adjective of price
 * (WordNet derives a price or a cost from it: cheap, expensive, pricey, costly) asks a price; the desk
 * answers it and returns to the order.
 */
describe('cheaper or pricey asks a price', () => {
  it('answers "what\'s cheaper?" mid-order and asks the order\'s question again', async () => {
    const o = await converse(
      'support',
      ["I'd like to order some extra seats", "what's cheaper?", '3 seats on ACC-1001', 'yes'],
      [{ tool: 'lookup_pricing' }, { tool: 'place_order' }],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].tools.map((c) => c.tool)).toContain('lookup_pricing');
    expect(o.turns[1].reply).not.toMatch(/can't answer/i);
    expect(o.turns[1].reply).toMatch(/how many would you like\?$/i);
  }, 180_000);

  it('lists the plans\' prices for "which one is cheapest?" at the front', async () => {
    const o = await converse('support', ['which one is cheapest?'], { tool: 'lookup_pricing' });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/Starter is \$29 a month/);
  }, 180_000);
});
