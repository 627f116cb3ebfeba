import { describe, expect, it } from 'vitest';
import { dateSaid } from '../../src/models/offline/shiftedDate.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// A dev28 row (real estate): "I have a viewing booked at the house on Summit Drive … Can it be changed
// without losing it?" booked a second viewing; "So the same Saturday, just 2pm instead of 11? Yes, please
// do that." read "the same Saturday" as the coming one, and the move was read back to it instead of made.
describe('a viewing asked to be changed is moved, on the same day when said so', () => {
  it('keeps the booked day for "the same <weekday>"', () => {
    const now = new Date('2026-11-30T09:00:00Z');
    // 2031-06-14 is a Saturday.
    expect(dateSaid('the same saturday at 3', now, { booked: '2031-06-14', isNew: true })).toBeUndefined();
    expect(dateSaid('saturday at 3', now, { booked: '2031-06-14', isNew: true })).toBe('2026-12-05');
  });

  it('moves the viewing and books none', async () => {
    const o = await converse(
      'real-estate',
      [
        "hi, I've got a viewing booked for the Summit Drive house, can that be changed? something came up",
        '555-0187',
        'same day but 3pm if possible',
        'the same Saturday at 3? yes, go ahead',
      ],
      { tool: 'reschedule_tour', result: { rescheduled: true, tourId: 'TOUR-2' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => t.tool === 'book_tour')).toBe(false);
  }, 180_000);
});
