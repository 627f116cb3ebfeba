import { describe, expect, it } from 'vitest';
import { isCancel } from '../../src/models/offline/forms/digressions.ts';
import { converse } from './offlineScenario.ts';

// A dev28 row (after-hours): "The one with Dr. Okafor, yes. Please cancel that one." to the read-back of
// that visit's cancellation was heard as "cancel that" (giving up), and nothing was cancelled.
describe('"cancel that one" agrees to the cancellation read back', () => {
  it('reads "cancel that one" as the record, "cancel that" as giving up', () => {
    expect(isCancel('yes please cancel that one')).toBe(false);
    expect(isCancel('oh cancel that, I changed my mind')).toBe(true);
  });

  it('cancels the visit, never stopping at "cancel that one"', async () => {
    const o = await converse(
      'after-hours',
      [
        'I have to cancel an appointment',
        'Dana Ruiz, 555-0134',
        'the Okafor one is right. please cancel that one',
        'yes',
      ],
      { tool: 'cancel_slot', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).not.toMatch(/nothing was changed/);
  }, 180_000);
});
