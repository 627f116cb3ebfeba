import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "hey do you have anything thursday after 4 for a blow dry?": the salon listed every stylist's times
 * from 09:00 (six each, none after 14:30), and "perfect, the first one" booked 09:00, a time the customer
 * had ruled out. check_availability takes the earliest time the customer can come (`fromTime`), and the
 * offline model fills it only from words that say so ("after 4", "not before 2pm"), never from a time
 * asked for ("at 11" is the booking's own time). "can't do mornings" beside it had been read as asking for
 * the morning (a plural, and "do" between the negation and the part of the day).
 */
describe('openings asked after a time start there', () => {
  it('lists Saturday from 14:00 and books the first of those', async () => {
    const o = await converse(
      'salon',
      [
        "do you have anything on saturday after 2 for a women's cut? can't do mornings",
        'the first one please',
        'Ana Costa, 07700 900777',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    const listed = toolsOf(o).find((c) => c.tool === 'check_availability');
    const free = (listed?.result as { free?: { times: string[] }[] } | undefined)?.free ?? [];
    expect(free.length).toBeGreaterThan(0);
    for (const f of free) for (const t of f.times) expect(t >= '14:00').toBe(true);
    const booked = toolsOf(o).find((c) => c.tool === 'book_appointment');
    const bookedAt = (booked?.arguments as { timeText?: string } | undefined)?.timeText ?? '';
    expect(bookedAt >= '14:00').toBe(true);
    expect(o.completed).toBe(true);
  }, 120_000);

  it('does not read a time asked for as the earliest', async () => {
    const o = await converse('salon', ['is anyone free on friday at 11 for a blow dry?'], {
      tool: 'check_availability',
    });
    for (const c of toolsOf(o).filter((t) => t.tool === 'check_availability'))
      expect((c.arguments as { fromTime?: string }).fromTime).toBeUndefined();
  }, 120_000);
});
