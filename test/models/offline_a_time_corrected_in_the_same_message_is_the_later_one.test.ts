import { describe, expect, it } from 'vitest';
import { findTimeOfDay } from '../../src/models/offline/forms/slotValues.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "3pm... no sorry, 4pm" to "What time?": the customer corrects themselves in one message, and the
 * viewing was booked at 3pm, the slip. The time said after the last correction ("no", "sorry", "I
 * mean", "actually"…) is the one meant; a message whose correction gives no time is read whole.
 */
describe('a time corrected in the same message', () => {
  it('is the later time', () => {
    expect(findTimeOfDay('3pm... no sorry, 4pm')).toBe('4pm');
    expect(findTimeOfDay('at 2, I mean 3pm')).toBe('3pm');
    expect(findTimeOfDay('10am, actually make that 11am')).toBe('11am');
  });

  it('a correction with no time in it leaves the time said', () => {
    expect(findTimeOfDay('3pm, sorry for the wait')).toBe('3pm');
    expect(findTimeOfDay('10am, no later than that')).toBe('10am');
    expect(findTimeOfDay('no, 4pm')).toBe('4pm');
  });

  it('books the viewing at the corrected time', async () => {
    const o = await converse(
      'real-estate',
      ['I want to view LST-1005', 'Thursday', '3pm... no sorry, 4pm', 'Ben Carter', '555-0123'],
      { tool: 'book_tour', result: { booked: true, listingId: 'LST-1005' } },
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_tour');
    expect(booked?.arguments).toMatchObject({ timeText: '4pm' });
  }, 180_000);
});
