import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * The openings listed put the first of them in the conversation's state, ready for the booking. When the
 * caller then asks for another day or doctor, that opening is not what they asked for:
 * - "actually make it Friday, Thursday's no good for me" was read as a move of an appointment the caller
 *   does not have (dev12-after-hours-03 passed only because "the first one" then booked Thursday's);
 * - "how about Friday with Dr. Patel", then a name and number, booked Thursday's 8:30 with Dr. Okafor.
 * The openings asked for are listed, and the booking takes one of them.
 */
describe('another day or doctor asked after openings lists theirs', () => {
  it('a day said as a correction lists that day and books from it', async () => {
    const o = await converse(
      'after-hours',
      [
        'can I get an appointment on Wednesday',
        'oh actually make it Thursday instead, Wednesday I work',
        'the earliest one',
        'Nadia Brooks',
        '555-0190',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('find_mine');
    const booked = toolsOf(o).find((t) => t.tool === 'book_slot');
    expect(JSON.stringify(booked?.result)).toMatch(/Thursday/);
  }, 180_000);

  it('a day and doctor asked for are not booked as the first opening listed', async () => {
    const o = await converse(
      'after-hours',
      [
        'I need to see a doctor on Wednesday',
        'what about Thursday with Dr. Whitfield',
        'Omar Said, 555-0133',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_slot');
    expect(JSON.stringify(booked?.result)).toMatch(/Thursday.*Dr\. Whitfield/);
  }, 180_000);
});
