import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "hiya can you tell me when my keratin is, its under 07700 900505" got the front desk's menu (the front
 * desk has no look-up, and its router heard "what time" as the opening-hours question); "…what time is my
 * cut on the 17th?" reached the booking desk and was read as a request to book a cut ("What time would
 * you like?"). Asking what the customer holds, or when, goes to a desk with the look-up, which looks it
 * up; a change said beside it is still the change.
 */
describe('asking when my booking is, at the front desk, looks it up', () => {
  it('looks the booking up by the number it is under', async () => {
    const o = await converse(
      'salon',
      ['hiya could you remind me when my keratin is? its under 07700 900505'],
      {
        tool: 'get_booking',
        result: { found: true, bookingRef: 'GB-20310614-001' },
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('reads "what time is my cut" as the look-up, not a booking', async () => {
    const o = await converse('salon', ['morning, 07700 900931 here, what time is my cut on the 17th?'], {
      tool: 'get_booking',
      result: {},
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_appointment');
    expect(o.turns[0].reply).not.toMatch(/What time would you like/);
  }, 180_000);

  it('leaves another business’s appointment at the front desk', async () => {
    const o = await converse('salon', ['when is my dentist appointment'], { never_tools: ['get_booking'] });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('FrontDesk');
  }, 180_000);
});
