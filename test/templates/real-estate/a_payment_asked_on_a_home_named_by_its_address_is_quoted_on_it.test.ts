import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * "What would the monthly payment be on 61 Shore Drive if I put 10% down?" (a batch-22 dev row): the
 * financing desk took no address, so it read out the rate table and asked for a price. A home named by
 * its street address is quoted on its listed price, as get_listing reads the address. Seed: 61 Shore
 * Drive is LST-1013 at $415,000.
 */

const t = useOfflineTemplate('real-estate', { perTest: true });

describe('real estate, offline: a payment asked on a home named by its address', () => {
  it('is quoted on that home’s price with the down payment said', async () => {
    const { id } = await t.switchboard.createConversation({});
    const reply = await t.switchboard.send(
      id,
      "What would the monthly payment be on 61 Shore Drive if I put 10% down? And don't give me a fantasy number.",
    );
    expect(reply.agent).toBe('FinancingQuoter');
    expect(reply.reply).toMatch(/\$415,000 with 10% down \(\$41,500\)/);
    expect(reply.reply).not.toMatch(/What price of home/);
  });

  it('a price said outright is still the one quoted', async () => {
    const { id } = await t.switchboard.createConversation({});
    const reply = await t.switchboard.send(id, 'monthly payment on a $500,000 home with 20% down?');
    expect(reply.reply).toMatch(/\$500,000 with 20% down/);
  });
});
