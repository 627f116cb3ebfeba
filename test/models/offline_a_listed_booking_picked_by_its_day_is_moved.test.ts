import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I need to change my booking", the phone, then a pick among the two bookings listed under it: "the one
// on the 17th" was read back as a move *to* the 17th (its own day), and "the haircut on the 17th" picked
// nothing and the desk asked for a booking reference (a chat probe, 2026-11-27). A booking picked by its
// day is that booking; the day it moves to is the one said after.
describe('a listed booking picked by its day is moved', () => {
  for (const [pick, ref] of [
    ['the one on the 17th', 'GB-20310617-001'],
    ['the haircut on the 17th', 'GB-20310617-001'],
    ['the one on the 19th', 'GB-20310619-001'],
  ] as const) {
    it(`"${pick}" moves ${ref} to the 18th`, async () => {
      const o = await converse(
        'salon',
        ['I need to change my booking', '07700 900931', pick, 'the 18th at 2pm', 'yes'],
        { tool: 'reschedule_booking', result: { changed: true } },
      );
      expect(o.unmet).toEqual([]);
      expect(toolsOf(o).find((t) => t.tool === 'reschedule_booking')?.arguments).toMatchObject({
        bookingRef: ref,
        date: '2031-06-18',
      });
      expect(o.turns[2].reply).not.toMatch(/booking reference/);
    }, 180_000);
  }
});
