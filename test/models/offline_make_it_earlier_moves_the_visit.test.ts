import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "I have an appointment with Dr. Okafor coming up and I need to make it earlier in the day" offered new
// openings (a booking): making it earlier or later is moving it.
describe('"make it earlier" of a booked visit', () => {
  it('looks the visit up to move it', async () => {
    const o = await converse(
      'after-hours',
      ['this is Dana Ruiz, my appointment with Dr Okafor, can we make it later in the day?', '555-0134'],
      { tool: 'find_mine' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.flatMap((t) => t.tools).map((c) => c.tool)).not.toContain('find_open_slots');
  }, 120_000);
});
