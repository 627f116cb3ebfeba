import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// QA chat probes (2026-11-27): "Hi, I booked a blow-dry for Saturday but I need to change it to a women's
// cut instead, ref GB-…" was read back as a move to this Saturday, and "yes" moved a June 2031 booking to
// 28 November. "I booked … for Saturday" says the booking as it stands, like "I've got one on …".
describe('a booking said as booked', () => {
  it('gives no day to move it to', async () => {
    const o = await converse(
      'salon',
      [
        "Hi, I booked a blow-dry for Saturday but I need to change it to a women's cut instead, ref GB-20310614-002",
        '07700 900606',
        'yes',
      ],
      { never_tools: ['reschedule_booking'] },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((c) => c.tool)).toContain('get_booking');
    expect(o.turns.map((t) => t.reply).join(' ')).not.toMatch(/28 November/);
  }, 120_000);
});
