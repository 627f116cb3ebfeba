import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * After-hours: "the second one" picks from the Scheduler's openings, the Scheduler asks whose name,
 * and the booking made on the name's turn took the first opening: the offer's tool had put its first
 * slot in the state, and the pick was read only on the turn it was said. It is read again from the
 * offer and the replies after it (`earlierPick`, forms/pendingRequests.ts).
 */
describe('a pick holds while the name is asked', () => {
  it('"the second one", then the name, books the second opening', async () => {
    const o = await converse(
      'after-hours',
      ['can I book an appointment for tomorrow morning', 'the second one', 'Ravi Shah', '5550119'],
      [{ tool: 'book_slot' }, { reply: "^You're booked" }],
    );
    expect(o.unmet).toEqual([]);
    const offered = o.turns[0].reply.match(/\bSL-\d+\b/g) ?? [];
    const booked = toolsOf(o).find((t) => t.tool === 'book_slot')?.arguments as { slotId?: string };
    expect(offered.length).toBeGreaterThan(1);
    expect(booked.slotId).toBe(offered[1]);
  }, 120_000);

  it('"the first one" still books the first', async () => {
    const o = await converse(
      'after-hours',
      ['can I book an appointment for tomorrow morning', 'the first one', 'Ravi Shah', '555 0119'],
      { tool: 'book_slot' },
    );
    expect(o.unmet).toEqual([]);
    const offered = o.turns[0].reply.match(/\bSL-\d+\b/g) ?? [];
    const booked = toolsOf(o).find((t) => t.tool === 'book_slot')?.arguments as { slotId?: string };
    expect(booked.slotId).toBe(offered[0]);
  }, 120_000);
});
