import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * An integrity fault (dev24-after-hours-08): to the caller's two appointments listed for a cancellation,
 * "The one with Dr. Patel. The Whitfield one can stay." was read as a pick of the Whitfield visit (its
 * words were the only "the … one" in the message), and the yes cancelled it. What the caller says may
 * stay is no pick. Also: "I need to cancel one." said while openings were offered was answered with the
 * openings again, not with the cancellation's question.
 */
describe('an appointment said to stay is not the one cancelled', () => {
  it('cancels the Patel visit when the Whitfield one is to stay', async () => {
    const o = await converse(
      'after-hours',
      [
        'I have to cancel an appointment please',
        'Marcus Bell, 555-0178',
        'the Patel appointment. the Whitfield one should stay as it is',
        'yes please',
      ],
      { tool: 'cancel_slot', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    const cancelled = toolsOf(o).filter((t) => t.tool === 'cancel_slot');
    expect(cancelled).toHaveLength(1);
    expect(JSON.stringify(cancelled[0].result)).toMatch(/Dr\. Patel/);
    expect(JSON.stringify(cancelled[0].result)).not.toMatch(/Whitfield/);
  }, 180_000);

  it('asks whose name it is under when a cancellation is asked while openings are offered', async () => {
    const o = await converse(
      'after-hours',
      ['any openings this week?', 'no wait, I want to cancel one I have'],
      { reply: 'name' },
    );
    expect(o.turns[1].reply).toMatch(/whose name/i);
    expect(o.turns[1].reply).not.toMatch(/openings/i);
  }, 180_000);
});
