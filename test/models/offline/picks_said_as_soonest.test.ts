import { describe, expect, it } from 'vitest';
import { referencePicked } from '../../../src/models/offline/forms/deskReply.ts';
import { offeredChoice } from '../../../src/models/offline/forms/pendingRequests.ts';

// Fifth pass of docs/dialogue.md: "the earliest one is fine" after a list of openings was not a pick.
describe('a pick said as the soonest of an offer', () => {
  const slots = {
    name: 'find_appointment_slots',
    callId: 'c1',
    args: {},
    output: { found: true, slots: [{ slotId: 'SL-2005' }, { slotId: 'SL-2013' }, { slotId: 'SL-2021' }] },
  };

  it('takes the first of the offered values (offers are listed soonest first)', () => {
    expect(offeredChoice(slots, 'slotId', 'the earliest one is fine')).toBe('SL-2005');
    expect(offeredChoice(slots, 'slotId', 'whichever is soonest please')).toBe('SL-2005');
    expect(offeredChoice(slots, 'slotId', 'first available works')).toBe('SL-2005');
    expect(offeredChoice(slots, 'slotId', 'the latest one')).toBe('SL-2021');
  });

  it('reads the same from a desk’s words', () => {
    const desk = {
      name: 'scheduling_desk',
      callId: 'c2',
      args: {},
      output: 'Monday (SL-2054) or Tuesday (SL-2062). Which one?',
    };
    expect(referencePicked(desk, 'the earliest please')).toBe('SL-2054');
    expect(referencePicked(desk, 'Grace Liu')).toBeUndefined();
  });
});
