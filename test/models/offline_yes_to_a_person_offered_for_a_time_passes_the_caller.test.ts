import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "I'm sorry, I'm not getting the time right. I can pass you to a member of our team: just say yes." and
 * then "yes please" got "I can check free times, tell you prices, or book you in": the offer names the
 * salon's `timeText` as it is spoken ("the time"), and was read back by its plain words ("time text"),
 * so the offer was never recognised. A yes passes the caller on; a time given instead still books.
 */
// (Thursday's free times are listed first since stop 84, so the first slip is no pick from them.)
const SLIPS = ["can I book a men's cut for thursday", 'hmm not sure', 'Priya Shah'];

describe('yes to a person offered for a time passes the caller', () => {
  it('hands the caller to a person on yes', async () => {
    const o = await converse('salon', [...SLIPS, 'yes please'], { handoff: 'Human' });
    expect(o.turns[2].reply).toMatch(/just say yes/);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('still takes a time tried once more', async () => {
    const o = await converse('salon', [...SLIPS, '3pm', '07700 900555', 'yes'], { tool: 'book_appointment' });
    const booked = toolsOf(o).find((c) => c.tool === 'book_appointment');
    expect(booked).toBeDefined();
    expect(o.turns.some((t) => t.handoffs.some((h) => h.endsWith('Human')))).toBe(false);
  }, 120_000);
});
