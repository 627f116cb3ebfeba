import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../../src/models/offline/personNames.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "What name should I put the booking under?" → "right, booking under Maeve Doyle": the words of an
 * existing booking ("booking under") ran the booking look-up, which asked for a reference, and the name
 * was asked again. A full name said after "booking under/for" is the name (never a day: "booking for
 * Friday Morning").
 */
describe('a name given as what the booking is under books it', () => {
  it('reads the name after "booking under", not a day after "booking for"', () => {
    expect(findPersonName('right, booking under Maeve Doyle')).toBe('Maeve Doyle');
    expect(findPersonName('booking for Friday Morning please')).toBeUndefined();
  });

  it('the cut is booked under that name', async () => {
    const o = await converse(
      'salon',
      ["a men's cut on saturday at 11am please", 'right, booking under Maeve Doyle', '07700 900744', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => t.tool === 'get_booking')).toBe(false);
    expect(toolsOf(o).find((t) => t.tool === 'book_appointment')?.arguments).toMatchObject({
      customerName: 'Maeve Doyle',
    });
  }, 180_000);
});
