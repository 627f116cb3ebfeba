import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev11-support-07: "any update on our seats order? account ACC-1010" was read as a new order ("How
 * many would you like?"), and "can we make it 6 instead of 4" then **placed a second order**. "our
 * seats order" speaks of an order that exists, as "our order" does: its status is looked up, and the
 * change that follows is to that order.
 */
describe('"our seats order" is one that exists', () => {
  it('looks the order up, then changes it rather than ordering again', async () => {
    const o = await converse(
      'support',
      ['any update on our seats order? account ACC-1010', 'can we make it 6 instead of 4', 'yes'],
      { tool: 'change_order_quantity', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    const tools = toolsOf(o).map((t) => t.tool);
    expect(tools[0]).toBe('check_order_status');
    expect(tools).not.toContain('place_order');
  }, 120_000);
});
