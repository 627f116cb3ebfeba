import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * dev24-support-04: "Hi, I'd like to close our account please. It's ACC-1006, Kim Legal Partners." left the
 * front desk's router unsure (its courtesy words and the company spread it over three desks) and the
 * caller heard the menu. The action and its object said together name one desk's change. Then "Don't
 * close it yet. We still need call recording… Can you just move us down to Growth instead?" stopped the
 * form and dropped the request that followed the reason; it is read back as the plan change.
 */
describe('closing an account asked politely reaches billing', () => {
  it('reads the closure back at Billing', async () => {
    const o = await converse(
      'support',
      ["Good morning, we'd like to close our account if possible. It's ACC-1004, Harbour Dental."],
      { handoff: 'Billing' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/close account ACC-1004/i);
  }, 180_000);

  it('a plan change asked after the reason for keeping the account is read back and made', async () => {
    const o = await converse(
      'support',
      [
        "Good morning, we'd like to close our account if possible. It's ACC-1006.",
        "Hold on, don't close it. We still use the call recording. Could you switch us to Growth instead?",
        'yes',
      ],
      { tool: 'change_plan', result: { changed: true, toPlan: 'Growth' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('close_account');
  }, 180_000);
});
