import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev18-after-hours-06: "Jon Park - sorry, put Jonathan Park, that's what's on my insurance card" to "Whose
 * name should I put the appointment under?" was no name ("Sorry, I didn't catch that"), and the question
 * came back after the phone number too. The name after the correction is the answer.
 */
describe('a name corrected in the same reply is the corrected one', () => {
  it('books under the corrected name', async () => {
    const o = await converse(
      'after-hours',
      [
        "can I get in wed morning? don't mind which doctor",
        '9:30 with dr whitfield',
        "Jon Park - sorry, put Jonathan Park, that's what's on my insurance card",
        '555-0172',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'book_slot')?.arguments).toMatchObject({
      callerName: 'Jonathan Park',
    });
  }, 120_000);
});
