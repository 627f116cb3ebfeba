import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * `quote_mortgage` takes two amounts: the home's `price` and the `annualIncome` an affordability question
 * gives. "wat wuld my paymnt be on a 500k house w 20% down" filled both with $500,000, and the buyer was
 * told what an income of $500,000 a year affords. One amount said fills one value: the income only when
 * the message speaks of one ("I earn 90k a year"). And "say a 450,000 house with 5 percent down" (an
 * amount written with thousands separators) is the price: it was not read at all, and the quote stayed
 * on the income said before.
 */

const t = useOfflineTemplate('real-estate');

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

/** The quote's numbers: the home's description (the message, read for an address) is left aside. */
const quoted = (reply: { toolCalls: { tool: string; arguments?: unknown }[] }) => {
  const args = reply.toolCalls.find((c) => c.tool === 'quote_mortgage')?.arguments as
    | Record<string, unknown>
    | undefined;
  if (!args) return undefined;
  const { homeDescription: _description, ...numbers } = args;
  return numbers;
};

describe('real estate, offline: a payment asked on a house price', () => {
  it('"paymnt … on a 500k house w 20% down" quotes on the price, not on an income', async () => {
    const say = await conversation();
    const reply = await say('wat wuld my paymnt be on a 500k house w 20% down');
    expect(quoted(reply)).toEqual({ price: 500000, downPaymentPercent: 20 });
    expect(reply.reply).toMatch(/^On \$500,000 with 20% down/);
  });

  it('an income said as one ("I earn 90k a year") is still what the buyer can afford', async () => {
    const say = await conversation();
    const reply = await say('I earn 90k a year, how much house can I afford?');
    expect(quoted(reply)).toEqual({ annualIncome: 90000 });
    expect(reply.reply).toMatch(/^On \$90,000 a year, a home up to about/);
  });

  it('"say a 450,000 house with 5 percent down" after the income quotes that house', async () => {
    const say = await conversation();
    await say('I make about 90k a year, how much house can I afford?');
    const reply = await say('say a 450,000 house with 5 percent down');
    expect(quoted(reply)).toEqual(expect.objectContaining({ price: 450000, downPaymentPercent: 5 }));
    expect(reply.reply).toMatch(/^On \$450,000 with 5% down/);
  });
});
