import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * A buyer's search lists homes by reference (LST-1013, 61 Shore Drive …; LST-1015, 90 Lakeside Avenue
 * …; LST-1003, 15 Birch Court …), and the buyer talks about one by its place in the list or its price,
 * inside a sentence: "can i see the second one on saturday at 10". That was left unread ("Tell me your
 * budget…"), and a home named by its number after a search was booked as the first home the search
 * kept (the state's), not the one asked for. Listing numbers as in the seed data (setup.ts).
 */

const t = useOfflineTemplate('real-estate', { perTest: true });

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

const booked = (reply: { toolCalls: { tool: string; arguments?: unknown }[] }) =>
  reply.toolCalls.find((c) => c.tool === 'book_tour')?.arguments as { listingId?: string } | undefined;

describe('real estate, offline: a home picked from a search by its place', () => {
  it('"can i see the second one on saturday at 10" books a viewing of the second home listed', async () => {
    const say = await conversation();
    const found = await say('looking for a 3 bed house under 600k');
    expect(found.reply).toMatch(/LST-1013.*LST-1015.*LST-1003/);
    const asked = await say('can i see the second one on saturday at 10');
    expect(asked.agent).toBe('TourBooker');
    await say('Mark Olsen');
    const done = await say('555-0190');
    expect(booked(done)?.listingId).toBe('LST-1015');
    expect(done.reply).toMatch(/90 Lakeside Avenue/);
  });

  it('a home named by its number after the search is the one booked, not the first one listed', async () => {
    const say = await conversation();
    await say('looking for a 3 bed house under 600k');
    await say('can i see LST-1003 on saturday at 10');
    await say('Mark Olsen');
    const done = await say('555-0190');
    expect(booked(done)?.listingId).toBe('LST-1003');
    expect(done.reply).toMatch(/15 Birch Court/);
  });

  it('"the cheapest one looks good" picks by the prices shown, and "the last one" shows its details', async () => {
    const say = await conversation();
    await say('looking for a 3 bed house under 600k');
    const details = await say('tell me more about the last one please');
    expect(details.toolCalls.map((c) => c.tool)).toEqual(['get_listing']);
    expect(details.reply).toMatch(/LST-1003, 15 Birch Court/);
    const asked = await say('hmm actually the cheapest one looks better, can i view it saturday at 10');
    expect(asked.agent).toBe('TourBooker');
    await say('Mark Olsen');
    const done = await say('555-0190');
    expect(booked(done)?.listingId).toBe('LST-1013');
  });

  it('a short request ("see the 2nd one sunday 1pm") is read too', async () => {
    const say = await conversation();
    await say('looking for a 3 bed house under 600k');
    const asked = await say('see the 2nd one sunday 1pm');
    expect(asked.agent).toBe('TourBooker');
    await say('Mark Olsen');
    const done = await say('555-0190');
    expect(booked(done)?.listingId).toBe('LST-1015');
  });
});
