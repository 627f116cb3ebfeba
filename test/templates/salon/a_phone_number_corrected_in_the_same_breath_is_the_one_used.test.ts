import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "The number is 07700 900330. Oh wait, no, sorry, it's 07700 900303, I always swap those." (dialogue
// batch 26): the first number, the slip, was kept, and the move was refused as another customer's booking.
describe('a phone number corrected in the same breath', () => {
  it('is the number the change is made with', async () => {
    const o = await converse(
      'salon',
      [
        'hello, I want to change booking GB-20310613-002 please',
        "my mobile is 07700 900330 - no hang on, sorry, it's 07700 900303",
        'the Saturday after, same time',
        'yes go ahead',
      ],
      { tool: 'reschedule_booking', result: { changed: true, bookingRef: 'GB-20310613-002' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/900330/);
    const move = toolsOf(o).find((t) => t.tool === 'reschedule_booking');
    const phone = (move?.arguments as { phone?: string } | undefined)?.phone;
    expect(String(phone).replace(/\D/g, '')).toBe('07700900303');
  }, 180_000);
});
