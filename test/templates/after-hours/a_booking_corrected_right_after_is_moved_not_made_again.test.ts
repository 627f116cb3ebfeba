import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "oh sorry wrong one, I meant SL-417 not SL-413" right after the booking of SL-413 booked SL-417 too:
// two appointments held in the caller's name, one of them unwanted. A correction right after a booking
// is about that booking: its move, read back first (models/offline/forms/changeCorrection.ts), and never
// a second booking.
describe('a booking corrected right after it is made', () => {
  it('moves it to the day the caller meant, after a read-back', async () => {
    const o = await converse(
      'after-hours',
      [
        'can I get in with dr okafor tomorrow',
        'the first one',
        'Sam Lee 555-0100',
        'oh sorry wrong day, I meant wednesday not tuesday',
        'yes',
      ],
      { tool: 'reschedule_slot', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'book_slot')).toHaveLength(1);
    expect(o.turns[3].reply).toMatch(/^Just to confirm: move your appointment on Tuesday.* to Wednesday/);
    expect(o.turns[4].reply).toMatch(/now on Wednesday/);
  }, 180_000);

  it('never books a second opening named in the correction', async () => {
    const o = await converse(
      'after-hours',
      [
        'can I get in with dr okafor tomorrow',
        'the first one',
        'Sam Lee 555-0100',
        'oh sorry wrong one, I meant SL-417 not SL-413',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'book_slot')).toHaveLength(1);
  }, 180_000);
});
