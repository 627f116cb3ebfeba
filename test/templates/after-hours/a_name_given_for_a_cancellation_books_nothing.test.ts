import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * An integrity fault (dev24-after-hours-08): a caller who said "I need to cancel one." and then gave the
 * name and number it is under ("It's under Marcus Bell, 555-0178") had a new appointment booked in that
 * name: the name and number are the values `book_slot` takes, and the openings listed before had put one
 * in hand. They are for the cancellation asked for: his appointments are listed instead.
 */
describe('a name given for a cancellation books nothing', () => {
  it('lists the caller’s appointments, and books none', async () => {
    const o = await converse(
      'after-hours',
      ['hello, I have to cancel an appointment', 'Marcus Bell, 555-0178'],
      { reply: 'appointments' },
    );
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_slot');
    expect(o.turns[1].reply).toMatch(/Marcus Bell has \d+ appointments/);
  }, 180_000);

  it('after openings were listed too', async () => {
    const o = await converse(
      'after-hours',
      [
        'what openings are there this week?',
        'actually I need to cancel one instead',
        'Marcus Bell, 555-0178',
      ],
      { reply: 'appointments' },
    );
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_slot');
  }, 180_000);
});
