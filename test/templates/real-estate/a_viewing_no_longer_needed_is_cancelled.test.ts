import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// Jonah Fischer (555-0142) holds TOUR-1, 220 River Road on Saturday 14 June 2031, and TOUR-3, 8 Elm
// Street. "…we had viewings lined up in both … the Elm Street viewing, we won't need that any more"
// (dialogue batch 25) was asked what time to book: a viewing the caller holds and no longer needs is a
// cancellation, read back before it runs.
describe('a viewing the caller no longer needs', () => {
  it('is read back as a cancellation and cancelled on yes', async () => {
    const o = await converse(
      'real-estate',
      [
        "hey, so we had two viewings lined up with you, but we've found a place. we won't need the River Road one any more",
        'Jonah Fischer 555-0142',
        'yes',
      ],
      { tool: 'cancel_tour', result: { cancelled: true, tourId: 'TOUR-1' }, never_tools: ['book_tour'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: cancel your viewing of 220 River Road/);
  }, 180_000);
});
