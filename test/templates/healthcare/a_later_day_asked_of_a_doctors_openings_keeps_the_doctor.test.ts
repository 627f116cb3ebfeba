import { describe, expect, it } from 'vitest';
import { narrowsOfferByTime } from '../../../src/models/offline/forms/offerNarrowed.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "can it be thursday afternoon?" to the scheduling desk's openings with the doctor the caller asked for
// reached the desk alone (it keeps no memory): it searched every clinician's Thursday afternoon, and the
// pick of the first booked another doctor.
describe("a later day asked of one doctor's openings", () => {
  it('is read as the offer asked again at another time, and only then', () => {
    expect(narrowsOfferByTime('can it be thursday afternoon?')).toBe(true);
    expect(narrowsOfferByTime('have you got anything friday morning')).toBe(true);
    expect(narrowsOfferByTime('any openings next week?')).toBe(true);
    // Another doctor, another service, or no time at all: a request of its own.
    expect(narrowsOfferByTime('what about Dr Marin on friday?')).toBe(false);
    expect(narrowsOfferByTime('is there anything for a flu shot on friday')).toBe(false);
    expect(narrowsOfferByTime('anything else?')).toBe(false);
  });

  it('searches that doctor and books that doctor', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi there, i need to see Dr Whitfield about my son',
        'Tomás Herrera, 30 May 2015',
        'have you got anything friday afternoon?',
        'the first one please',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_appointment')?.result as { when?: string };
    expect(booked.when).toMatch(/Whitfield/);
  }, 180_000);
});
