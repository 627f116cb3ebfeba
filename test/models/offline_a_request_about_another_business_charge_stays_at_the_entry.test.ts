import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "The water company charged me twice after I moved out. Please get the charge taken off…" to the night
 * line: the entry keeps the first sentence (the water company's charge), but the second, a request
 * clause the router was sure of, sent the message to the clinic's billing, which asked for the caller's
 * account number. "the charge" is the water company's, said before it, as "it" would be: the message
 * stays another business's.
 */
describe("a request about another business's charge stays at the entry", () => {
  it("keeps the water company's charge at the night line", async () => {
    const o = await converse(
      'after-hours',
      [
        'The water company charged me twice after I moved out. Please get the charge taken off and my account balance corrected.',
      ],
      { tool: 'lookup_account' },
    );
    expect(o.turns[0].agent).toBe('Root');
    expect(o.turns[0].reply).toMatch(/I can help with/);
  }, 120_000);

  it('still sends a charge of our own to billing', async () => {
    const o = await converse(
      'after-hours',
      ['I was charged twice for my visit last week. I want the charge reversed.'],
      { tool: 'lookup_account' },
    );
    expect(o.turns[0].agent).not.toBe('Root');
  }, 120_000);
});
