import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * Found on the salon's dev routing rows: "not happy with my fringe, she cut it crooked" was routed to
 * CustomerService, whose complaint tool shares too few of its words to clear the similarity bar, so the
 * desk passed it on to Booking for the price list ("cut"): a complaint answered with prices. A message
 * the router just handed over is not passed on for a neighbour's tool description; a lead still passes
 * it down its own ladder. Since the eighteenth pass the complaints desk logs it (deskPurposeTool.ts), and
 * the salon's policy then passes a service complaint to the manager.
 */
describe('a complaint handed to the complaints desk stays there', () => {
  it('"not happy with my fringe, she cut it crooked": never the price list', async () => {
    const o = await converse('salon', ['not happy with my fringe, she cut it crooked'], {
      never_tools: ['list_services'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs[0]).toBe('FrontDesk->CustomerService');
    expect(o.turns[0].reply).toMatch(/logged this as complaint CMP-\d+/);
  }, 120_000);

  it('"i was charged more than i was quoted yesterday": stays with the complaints desk, never a colour quote', async () => {
    const o = await converse('salon', ['i was charged more than i was quoted yesterday'], {
      never_tools: ['color_quote'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('CustomerService');
  }, 120_000);

  it('a lead still passes a message down its own ladder (after-hours nurse line)', async () => {
    const o = await converse(
      'after-hours',
      ["sorry to call so late, I've been vomiting since dinner and can't keep anything down"],
      {
        handoff: 'NurseLine',
      },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
