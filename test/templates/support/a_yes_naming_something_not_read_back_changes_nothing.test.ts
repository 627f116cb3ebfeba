import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * An integrity fault (dev24-support-04, before this stop's routing fix): "Yes, Growth. Go ahead." said to
 * "Just to confirm: change your latest order to 3 in all" changed the order: the yes was read, "Growth"
 * was not. A name from one of the desk's fixed sets (a plan) said with a yes and absent from the
 * read-back is no agreement to it: the read-back is said again with what was heard, and nothing changes
 * until a plain yes.
 */
describe('a yes naming something not read back changes nothing', () => {
  it('says the read-back again instead of changing the order', async () => {
    const o = await converse(
      'support',
      [
        'we bought 4 extra seats on ACC-1010 a while back, could we make that 2 instead?',
        'yes, Scale please, go ahead',
      ],
      { never_tools: ['change_order_quantity'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Scale isn't part of what I read back\. Just to confirm:/);
  }, 180_000);

  it('a plain yes then makes the change read back', async () => {
    const o = await converse(
      'support',
      [
        'we bought 4 extra seats on ACC-1010 a while back, could we make that 2 instead?',
        'yes, Scale please, go ahead',
        'yes',
      ],
      { tool: 'change_order_quantity', result: { orderId: 'ORD-0002', quantity: 2 } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'change_order_quantity')).toHaveLength(1);
  }, 180_000);
});
