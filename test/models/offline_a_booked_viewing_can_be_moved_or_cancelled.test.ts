import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "can we move it to 4pm" right after booking a viewing got the front desk's fallback, and "cancel my
// viewing on Saturday" re-ran the booking ("I've moved your viewing … to the same time"). TourBooker
// moves and cancels a booked viewing, read back first; the old slot is freed.
const BOOK = ['can I book a viewing of LST-1004 on saturday at 10am', 'Omar Reyes', '555-0161'];

describe('a booked viewing can be moved or cancelled', () => {
  it('moves the viewing just booked to a new time after a read-back', async () => {
    const o = await converse('real-estate', [...BOOK, 'can we move it to 4pm', 'yes'], {
      tool: 'reschedule_reservation',
      result: { moved: true },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(
      /^Just to confirm: move your viewing of 220 River Road on Saturday .* to .*4pm/,
    );
    expect(o.turns[4].reply).toMatch(/moved your viewing of 220 River Road to Saturday .* at 16:00/);
  }, 180_000);

  it('cancels the viewing named by its day after a read-back, and frees the slot', async () => {
    const o = await converse(
      'real-estate',
      [
        ...BOOK,
        'cancel my viewing on Saturday',
        'yes',
        'can I book LST-1004 on saturday at 10am',
        'Ana Ruiz',
        '555-0177',
      ],
      [
        { tool: 'cancel_reservation', result: { cancelled: true } },
        { reply: 'booked to see 220 River Road on Saturday .* at 10:00' },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/^Just to confirm: cancel your viewing of 220 River Road/);
    expect(toolsOf(o).filter((t) => t.tool === 'cancel_reservation')).toHaveLength(1);
  }, 180_000);

  it('finds a viewing booked in another conversation by its number and day', async () => {
    const o = await converse(
      'real-estate',
      ['I have a viewing on the 14th of June 2031 and need to cancel it', '555-0142', 'yes'],
      { tool: 'cancel_reservation', result: { cancelled: true, tourId: 'TOUR-1' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
