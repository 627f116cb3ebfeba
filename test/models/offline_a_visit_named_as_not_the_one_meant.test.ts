import { describe, expect, it } from 'vitest';
import { findTimeOfDay } from '../../src/models/offline/forms/slotValues.ts';
import { namedVisit } from '../../templates/shared/visitNamed.ts';
import { converse } from './offlineScenario.ts';

// Two dev21 rows (after-hours): "cancel the one with Dr. Patel. The Whitfield one stays." named both
// visits, so both were listed and the cancellation never ran; "move my 1:30 appointment … to the morning
// instead, same day, 8:30?" read back a move to 1:30 — the booking's own time.
describe('a visit named as not the one meant', () => {
  const visits = [
    { id: 'SL-443', date: '2026-12-08', words: 'Dr. Whitfield pediatrics' },
    { id: 'SL-448', date: '2026-12-09', words: 'Dr. Patel cardiology' },
  ];
  const facts = (v: (typeof visits)[number]) => ({ date: v.date, words: v.words });

  it('takes the Patel visit when the Whitfield one is said to stay', () => {
    expect(namedVisit(visits, 'cancel the one with Dr Patel, the Whitfield one can stay', facts)?.id).toBe(
      'SL-448',
    );
    expect(namedVisit(visits, 'cancel Dr Patel please, not the Whitfield one', facts)?.id).toBe('SL-448');
  });

  it('reads the time wanted, not the time naming the booking', () => {
    expect(findTimeOfDay('could I move my 1:30 appointment to 8:30 the same day?')).toBe('8:30');
    expect(findTimeOfDay('can my 10am booking be at 2pm instead')).toBe('2pm');
    // Said alone, the booking's time is still a time.
    expect(findTimeOfDay('my 1:30 appointment')).toBe('1:30');
  });

  it('cancels Marcus Bell’s Patel visit and keeps the Whitfield one', async () => {
    const o = await converse(
      'after-hours',
      [
        'Marcus Bell here, I need to cancel my appointment with Dr Patel. The Whitfield one stays',
        '555-0178',
        'yes',
      ],
      { tool: 'cancel_slot', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
