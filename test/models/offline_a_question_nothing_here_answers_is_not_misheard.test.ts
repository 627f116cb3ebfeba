import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "how long have you been in business?" asked while the sellers' desk waits for the home's address: the
 * desk has no answer, and "Sorry, I didn't catch that" told the customer they had been misheard. (The
 * example was "what's your commission?" until stop 84 gave the desk an answer for the fee.) The customer hears
 * that the question cannot be answered here, then the form's question; it counts as the second asking, so
 * a third try still offers a person.
 */
describe('a question nothing here answers is not misheard', () => {
  it('says it cannot answer it here and asks for the address again', async () => {
    const o = await converse(
      'real-estate',
      ['I want to sell my house', 'how long have you been in business?', 'hmm'],
      {
        reply: 'member of our team',
      },
    );
    expect(o.turns[1].agent).toBe('SellerIntake');
    expect(o.turns[1].reply).toMatch(/^I'm afraid I can't answer that one here\. What's the street address/);
    expect(o.turns[1].reply).not.toMatch(/didn't catch/);
    expect(o.turns[2].reply).toMatch(/not getting the address right/);
  }, 120_000);
});
