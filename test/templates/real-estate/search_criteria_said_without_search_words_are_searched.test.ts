import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Buyers give their criteria without the search's words: "3 bed under 600k" as the first message got
 * "Exciting! What's your budget, and how many bedrooms do you need?", and "ok, show me apartments in
 * Old Town under 500" after a first search got "Tell me your budget, bedrooms and favourite
 * neighborhoods…" ("apartments" and "bed" are not the search's words). Two or more of a look-up's
 * criteria (an amount, a count with its unit, a neighborhood) ask for that look-up. Listings as seeded.
 */

const t = useOfflineTemplate('real-estate', { perTest: true });

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

const searched = (reply: { toolCalls: { tool: string; arguments?: unknown }[] }) =>
  reply.toolCalls.find((c) => c.tool === 'search_listings')?.arguments as Record<string, unknown> | undefined;

describe('real estate, offline: search criteria said without the search words', () => {
  it('"3 bed under 600k" searches at once', async () => {
    const say = await conversation();
    const found = await say('3 bed under 600k');
    expect(found.agent).toBe('BuyerQualifier');
    expect(searched(found)).toEqual({ maxPrice: 600000, bedrooms: 3 });
    expect(found.reply).toMatch(/I found 4 homes under \$600,000 with at least 3 bedrooms/);
  });

  it('"ok, show me apartments in Old Town under 500" after a search is a new search', async () => {
    const say = await conversation();
    await say('looking for a house under 600k');
    const again = await say('ok, show me apartments in Old Town under 500');
    expect(searched(again)).toEqual(expect.objectContaining({ neighborhood: 'Old Town' }));
    expect(again.reply).toMatch(/LST-1007, 3 Market Square #2 in Old Town/);
  });
});
