import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "Please downgrade account ACC-1006 to Starter. No wait, sorry, Growth" read back Starter (the first
// plan said), and "Growth, correct. Confirmed." to the corrected read-back read it back again, and
// again: the value taken back is not the one wanted, and the value read back said again with
// agreement is a yes.
describe('a value taken back in the same message', () => {
  it('moves ACC-1006 to Growth, the plan said after "no wait"', async () => {
    const o = await converse(
      'support',
      [
        'downgrade ACC-1006 to Starter please. no wait, sorry, Growth - we still need recording',
        'Growth, correct. Confirmed.',
      ],
      { tool: 'change_plan', result: { accountId: 'ACC-1006', toPlan: 'Growth' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/Growth plan/);
  }, 180_000);

  it('pays by link when the amount said with the yes is the one read back', async () => {
    const o = await converse(
      'healthcare',
      [
        'hello, Omar Haddad, date of birth June 19 1987. how much do I owe you?',
        'can you text me a link to pay it instead',
        'yes the whole $40, send it',
      ],
      { tool: 'pay_by_card_or_link', result: { linkSent: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
