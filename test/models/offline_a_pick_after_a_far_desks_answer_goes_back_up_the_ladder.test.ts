import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev11-after-hours-08: the Scheduler offered openings, the caller asked the balance first (answered by
 * Billing, three rungs away), then said "ok, book the first Okafor opening please". Billing has no edge
 * to the entry desk, so the reply stayed there and got Billing's fallback. A reply to an interrupted
 * question now goes up the edge that leads to the asker in the fewest handoffs, and on to it; the
 * Scheduler takes it as the pick it asked for.
 */
describe('a pick after a far desk answer goes back up the ladder', () => {
  it('books the opening picked after the balance was answered', async () => {
    const o = await converse(
      'after-hours',
      [
        "I'd like to book with Dr. Okafor",
        'wait, before that, how much do I owe on AC-2001?',
        'ok, book the first Okafor opening please',
        'Dana Ruiz',
        '555-0134',
      ],
      [
        { tool: 'lookup_balance', result: { found: true } },
        { tool: 'book_slot', result: { booked: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toBe('Whose name should I put the appointment under?');
    // The first opening offered is the one booked (the offer's first slot), not another.
    const offered = o.turns[0].reply.match(/\((SL-\d+)\)/)?.[1];
    const booked = toolsOf(o).find((t) => t.tool === 'book_slot');
    expect((booked?.arguments as { slotId?: string } | undefined)?.slotId).toBe(offered);
  }, 120_000);
});
