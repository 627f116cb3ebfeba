import { describe, expect, it } from 'vitest';
import { ownBookingChange } from '../../../src/models/offline/ownBookingChange.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "my husband has a follow-up appointment with Dr. Patel… and he'd like to come in sooner" (dialogue
// batch 27, dev) was read as a new booking: the clinic listed openings, and the visit held was never
// moved.
describe('a visit someone else holds, wanted sooner', () => {
  it('is a move of the visit held', () => {
    expect(ownBookingChange('my dad has an appointment on Friday and wants to come in earlier')).toBe('move');
    expect(ownBookingChange("my daughter's got a check-up booking, can we bring it forward?")).toBe('move');
    expect(ownBookingChange('I have a viewing on Saturday, could we move it up')).toBe('move');
    // Sooner with nothing held is a new booking's wish.
    expect(ownBookingChange('can my dad come in sooner than next week?')).toBeUndefined();
  });

  it('moves it once the patient is verified, on a yes', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hello, my partner has an appointment with Dr. Marin and he'd like to come in sooner if he can.",
        "He's Marcus Bell, born July 4, 1990.",
        'Could he come tomorrow at 11am instead?',
        'yes please',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'book_appointment')).toEqual([]);
  }, 180_000);
});
