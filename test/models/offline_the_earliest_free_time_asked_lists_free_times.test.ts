import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "whats the earliest you can fit me in for a full colour on friday": the customer asks which time is
 * free first. "fit me in" reads as a booking, which then asked "What time would you like?", the very
 * thing the customer asked us. The tool that lists free times answers it first (beforeTheChange.ts).
 */
describe('the earliest free time asked lists the free times', () => {
  it('lists the day’s free times instead of asking what time', async () => {
    const o = await converse('salon', ['whats the soonest you could fit me in for a blow dry on saturday'], {
      tool: 'check_availability',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_appointment');
  }, 180_000);

  it('still asks the time of a booking with no such question', async () => {
    const o = await converse('salon', ['can you fit me in for a blow dry on saturday'], {
      reply: 'What time',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
