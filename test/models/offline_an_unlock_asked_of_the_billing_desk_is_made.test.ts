import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * The billing desk shows the open invoice a caller could not pay for being locked out of the dashboard,
 * and the caller asks "could you unlock it for me?". No tool of the billing desk unlocks anything; the
 * question pointed back ("it") and was kept there for what the desk had just shown, and the caller heard
 * the billing menu. Passed back to the front desk, "unlock it" alone was still no topic its router could
 * place. The change named is the sign-in desk's: the front desk sends it there, and the account is
 * unlocked.
 */
describe('an unlock asked of the billing desk is made', () => {
  it('unlocks the account the billing desk looked up', async () => {
    const o = await converse(
      'support',
      [
        "my latest invoice says it's still unpaid but I'm locked out of the dashboard so I can't even pay it",
        "it's account ACC-1003",
        'could you unlock it for me?',
      ],
      { tool: 'unlock_account', result: { found: true, accountId: 'ACC-1003' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)?.agent).toBe('TechSupport');
  }, 180_000);
});
