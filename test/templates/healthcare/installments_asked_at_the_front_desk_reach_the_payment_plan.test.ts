import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "Might it be possible to arrange to pay it in instalments?" (dialogue batch 22, dev) got the front
// desk's menu: the billing desk's description said "payment plan" but not "installments", and the
// front desk picks a desk by the words of its description.
describe('installments asked at the front desk', () => {
  it('reach the payment plan, which asks over how many months', async () => {
    for (const said of ['can I pay my bill in instalments?', 'is it possible to pay it in installments']) {
      const o = await converse('healthcare', [said], { reply: 'how many months' });
      expect(o.unmet, said).toEqual([]);
    }
  }, 180_000);
});
