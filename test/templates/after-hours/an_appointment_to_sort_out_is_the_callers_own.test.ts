import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * dev24-after-hours-08 opened "Hi, sorry to call so late, I need to sort out one of my appointments." and
 * heard the week's openings, as for a new booking. An appointment of the caller's is what the call is
 * about: it is looked up (whose name it is under, then the caller's appointments), not offered.
 */
describe('an appointment to sort out is the caller’s own', () => {
  it('asks whose name it is under and lists the caller’s appointments', async () => {
    const o = await converse(
      'after-hours',
      ["evening, there's a problem with one of my appointments", 'Marcus Bell, 555-0178'],
      { tool: 'find_mine', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('find_open_slots');
    expect(o.turns[1].reply).toMatch(/Marcus Bell has \d+ appointments/);
  }, 180_000);
});
