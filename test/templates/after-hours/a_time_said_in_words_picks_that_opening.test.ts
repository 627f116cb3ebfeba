import { describe, expect, it } from 'vitest';
import { converse, openingsListed, toolsOf } from '../../models/offlineScenario.ts';

// "Half past eight would be splendid. The appointment should be in the name of Reginald Ashworth, and my
// telephone number is 555-0129" (dialogue batch 25) to Friday's openings: the time said in words picked
// nothing, "in the name of" named no one, and the line asked whose name the appointment was under.
describe('a time said in words, with the name it is to be in', () => {
  it('books the opening at that time under that name', async () => {
    const o = await converse(
      'after-hours',
      [
        'good evening, might Dr. Okafor have anything on Friday?',
        'Half past one would do nicely. Please put it in the name of Margaret Hale, and my number is 555-0190.',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const halfPastOne = openingsListed(o).find((s) => s.time === '13:30');
    expect(halfPastOne).toBeDefined();
    expect(toolsOf(o).find((t) => t.tool === 'book_slot')?.arguments).toMatchObject({
      slotId: halfPastOne?.slotId,
      callerName: 'Margaret Hale',
    });
  }, 180_000);

  // Said with "telephone" beside the name, the router sent the pick to the call-back desk, which queued a
  // call back: a pick of an opening by its time answers the list, and is no new topic.
  it('books it when the number is given as "telephone", queueing no call back', async () => {
    const o = await converse(
      'after-hours',
      [
        'good evening, might Dr. Okafor have anything on Friday?',
        'Half past one would do nicely. It should be in the name of Margaret Hale, telephone 555-0190.',
      ],
      { tool: 'book_slot', result: { booked: true }, never_tools: ['queue_callback'] },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
