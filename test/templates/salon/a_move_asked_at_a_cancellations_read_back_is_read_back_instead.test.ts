import { describe, expect, it } from 'vitest';
import { moveInstead } from '../../../src/models/offline/forms/cancelInstead.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "hmm actually wait. could I just move it a week later instead of cancelling?" said to "Just to confirm:
 * cancel booking GB-…": heard as a question the desk could not answer, the cancellation was read back
 * again and the next "yes, Saturday 21 June at 9:30" cancelled the booking the caller wanted to keep
 * (dev24). A move asked in the cancellation's place is read back instead, as "just cancel it" at a
 * move's read-back reads the cancellation back (cancelInstead.ts).
 */
describe("a move asked at a cancellation's read-back is read back instead", () => {
  const reschedule = {
    name: 'reschedule_booking',
    description: 'Move a booking',
    parameters: { properties: { bookingRef: {}, phone: {}, date: {} } },
  };
  const cancel = {
    name: 'cancel_booking',
    description: 'Cancel a booking',
    parameters: { properties: { bookingRef: {}, phone: {} } },
  };
  const tools = [cancel, reschedule] as never[];
  const changes = () => true;

  it('finds the move of the same booking only when asked in its place', () => {
    const asked = { kind: 'confirm', tool: 'cancel_booking' } as const;
    expect(moveInstead(asked, 'can you move it a week later instead?', tools, changes)).toBe(reschedule);
    expect(moveInstead(asked, 'yes cancel it, I will move to another salon', tools, changes)).toBeUndefined();
    expect(
      moveInstead({ kind: 'confirm', tool: 'reschedule_booking' }, 'move it instead', tools, changes),
    ).toBeUndefined();
  });

  it('moves the booking and never cancels it', async () => {
    const o = await converse(
      'salon',
      [
        'hello, please cancel my booking GB-20310614-002, phone 07700 900606',
        'sorry, on second thought can you move it a week later instead? same time is fine',
        'yes please',
      ],
      [
        {
          tool: 'reschedule_booking',
          result: { changed: true, bookingRef: 'GB-20310614-002', when: 'Saturday 21 June 2031 at 13:00' },
        },
        { never_tools: ['cancel_booking'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('cancel_booking');
  }, 180_000);
});
