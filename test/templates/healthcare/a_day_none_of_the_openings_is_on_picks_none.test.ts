import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// The front desk relays a pick to its appointments desk (dialogue batch 27, dev): "Dr. Whitfield please,
// Thursday afternoon…" to three openings with Dr. Whitfield on Monday and Tuesday was passed on as the
// first opening (the offer's lead-in, "The next openings with Dr. Ben Whitfield are", was read as that
// opening's words), and Monday at 10:00 was booked with no read-back.
describe('a reply naming a day none of the listed openings is on', () => {
  it('books none of them, and the desk looks on the day asked', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hi, I want to bring my boy in to see the pediatrician for a check-up.',
        "I'm his dad. He's Tomás Herrera, born May 30, 2015.",
        'Dr Whitfield is fine, but could it be Friday after lunch?',
      ],
      { tool: 'find_appointment_slots' },
    );
    expect(o.unmet).toEqual([]);
    expect(
      toolsOf(o).filter((t) => t.tool === 'book_appointment' && (t.result as { booked?: boolean }).booked),
    ).toEqual([]);
    expect(o.turns[2].reply).toMatch(/Friday/);
  }, 180_000);
});
