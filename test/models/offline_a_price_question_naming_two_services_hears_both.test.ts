import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * dev18-salon-06: "how much for a mens cut? and do you do beard trims as well" heard only the beard trim's
 * price: the price list matched one service, the longest phrase named. It now names every service the
 * question names, in the order said; and "cool cheers, I'll pop in another time" closes instead of
 * reciting the front desk's menu.
 */
describe('a price question naming two services hears both', () => {
  it('says both prices, then goodbye', async () => {
    const o = await converse(
      'salon',
      ['how much for a mens cut? and do you do beard trims as well', "cool cheers, I'll pop in another time"],
      [{ reply: "men's cut is \\$35.*beard trim is \\$15" }, { reply: 'have a good day' }],
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
