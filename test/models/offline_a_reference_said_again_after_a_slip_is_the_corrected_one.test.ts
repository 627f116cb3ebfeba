import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// On the phone a caller puts a digit right and then says the whole number again: "a c c one oh oh six no
// wait seven one oh oh seven". Speech-to-text writes the second part as 71007, longer than the number it
// corrects, and the slip (ACC-1006, another customer's account) was the one acted on. The number said
// again is read by its last digits.
describe('a reference said again after a slip is the corrected one', () => {
  it('unlocks the account put right, not the slip', async () => {
    const o = await converse(
      'support',
      [
        'um hi i cant get into the dashboard, it says my account is locked',
        'its a c c one oh oh six no wait seven one oh oh seven can you unlock it',
      ],
      { tool: 'unlock_account', result: { accountId: 'ACC-1007', status: 'unlocked' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => JSON.stringify(t.arguments).includes('ACC-1006'))).toBe(false);
  }, 180_000);

  it("reads the balance of the account put right, never the slip's", async () => {
    const o = await converse(
      'after-hours',
      [
        'hello i had a letter about a bill i owe and want to know how much',
        'account is a c two oh oh six no sorry five two double oh five',
      ],
      { tool: 'lookup_balance', result: { accountId: 'AC-2005' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.map((t) => t.reply).join(' ')).not.toMatch(/AC-2006/);
  }, 180_000);
});
