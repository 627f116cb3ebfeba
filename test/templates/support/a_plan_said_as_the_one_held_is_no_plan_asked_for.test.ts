import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// Dialogue rows of batches 22 and 24 (dev): "im on starter and that month it was like 46 bucks??" and
// "can I just buy one extra number and stay on Starter?" were read back as a move to the Starter plan,
// and the "yes" that followed ran the change; "Forget the upgrade." at the Growth read-back withdrew
// nothing, and "just the one number, yes" then moved the account to Growth.
describe('a plan said as the one held', () => {
  it('is no plan asked for: the invoice question goes on, no change is read back', async () => {
    const o = await converse(
      'support',
      [
        'my april invoice INV-2041 looks bigger than normal',
        "right, we're on starter",
        'so why is it that much?',
      ],
      { tool: 'lookup_invoice' },
    );
    expect(o.turns[1].reply).not.toMatch(/move your account/i);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('change_plan');
  }, 180_000);

  it('is kept when an upgrade read back is given up for one more number', async () => {
    const o = await converse(
      'support',
      [
        'account ACC-1005, please upgrade us to Growth, we need another phone number',
        'Hmm, forget the upgrade. Could I buy a single extra number and keep Starter?',
        'yes, just the one',
      ],
      { tool: 'place_order' },
    );
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('change_plan');
    expect(o.turns[1].reply).not.toMatch(/Growth plan/);
  }, 180_000);
});
