import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../src/eval/dialogueEval.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "hi can I book a haircut sometime next week" was read as one day, today plus seven (a Monday, when
 * the salon is closed), and the customer was asked only for a time; the booking then failed on the
 * closed day. And "thursday", said next, was this week's Thursday, a day the customer had ruled out by
 * naming the week. A week is no day: the day is asked for, and a weekday said alone is that week's.
 * The eval's clock is a Monday, so this week's Thursday is three days on and next week's ten.
 */
const dayAfterClock = (days: number) =>
  new Date(dialogueClock().getTime() + days * 86_400_000).toISOString().slice(0, 10);

describe('a weekday said after "next week" is that week’s', () => {
  it('asks the salon customer for the day and books next week’s Thursday', async () => {
    const o = await converse(
      'salon',
      [
        'hi can I book a haircut sometime next week',
        'thursday',
        '2pm with Maya',
        'Dana Ruiz',
        '07700 900123',
        "a women's cut please",
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/which day/i);
    const booked = toolsOf(o).find((c) => c.tool === 'book_appointment');
    expect((booked?.arguments as { date?: string } | undefined)?.date).toBe(dayAfterClock(10));
  }, 180_000);

  it('lists next week’s Thursday openings at the clinic', async () => {
    const o = await converse(
      'healthcare',
      ["hi I'd like to see Dr. Okafor sometime next week", 'Dana Ruiz, born 1984-03-12', 'thursday'],
      { tool: 'find_appointment_slots' },
    );
    const searched = toolsOf(o)
      .filter((c) => c.tool === 'find_appointment_slots')
      .map((c) => (c.arguments as { date?: string }).date);
    expect(searched.at(-1)).toBe(dayAfterClock(10));
  }, 180_000);

  it('leaves a weekday that places itself as said', async () => {
    const o = await converse(
      'healthcare',
      [
        "hi I'd like to see Dr. Okafor sometime next week",
        'Dana Ruiz, born 1984-03-12',
        'actually this thursday',
      ],
      { tool: 'find_appointment_slots' },
    );
    const searched = toolsOf(o)
      .filter((c) => c.tool === 'find_appointment_slots')
      .map((c) => (c.arguments as { date?: string }).date);
    expect(searched.at(-1)).toBe(dayAfterClock(3));
  }, 180_000);
});
