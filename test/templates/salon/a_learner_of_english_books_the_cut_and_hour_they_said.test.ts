import { describe, expect, it } from 'vitest';
import { findTimeOfDay } from '../../../src/models/offline/forms/slotValues.ts';
import { converse } from '../../models/offlineScenario.ts';

// "I want to make the reservation for cut hair, for woman, with the blow dry" then "at 10 of the
// morning" (dialogue batch 32, a learner of English) was booked as a blow-dry at 09:00: "cut hair, for
// woman" named no cut, and "10 of the morning" no hour, so the morning's first time was read back, as
// "to make the reservation with Maya…".
describe('a learner of English', () => {
  it("books the women's cut at the hour said", async () => {
    const o = await converse(
      'salon',
      [
        'Hello. I want to make the reservation for cut hair, for woman, with the blow dry.',
        'Is possible on Friday, at 11 of the morning? With Maya if she is free.',
        'My name is Ana Souza.',
        'My phone is 07700 900555.',
        'Yes, is correct, thank you.',
      ],
      {
        tool: 'book_appointment',
        result: { booked: true, service: "women's cut and blow-dry", stylist: 'Maya' },
      },
    );
    expect(o.unmet).toEqual([]);
    // The read-back names the cut, not the booking ("to make the reservation with Maya…").
    expect(o.turns[3].reply).toMatch(/^Just to confirm: cut hair with Maya/);
    const booked = o.turns.flatMap((t) => t.tools).find((t) => t.tool === 'book_appointment');
    expect(booked?.result).toMatchObject({ when: expect.stringMatching(/at 11:00$/) });
  }, 180_000);

  it('reads "of the morning" as "in the morning", and no day of the month as an hour', () => {
    expect(findTimeOfDay('at 10 of the morning')).toBe('10am');
    expect(findTimeOfDay('3 of the afternoon')).toBe('3pm');
    expect(findTimeOfDay('the 3rd of the month')).toBeUndefined();
  });
});
