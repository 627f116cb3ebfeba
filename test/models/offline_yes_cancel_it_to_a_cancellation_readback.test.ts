import { describe, expect, it } from 'vitest';
import { givesUp } from '../../src/models/offline/forms/formTurn.ts';
import { converse } from './offlineScenario.ts';

describe('"yes cancel it" to the read-back of a cancellation', () => {
  it('agrees to a cancellation, and still gives up on anything else', () => {
    const cancelling = { kind: 'confirm', tool: 'cancel_booking' } as const;
    const booking = { kind: 'confirm', tool: 'book_appointment' } as const;
    expect(givesUp(cancelling, 'yes cancel it')).toBe(false);
    expect(givesUp(cancelling, 'yeah please cancel it')).toBe(false);
    expect(givesUp(cancelling, 'never mind')).toBe(true);
    expect(givesUp(cancelling, 'no, cancel that')).toBe(true);
    expect(givesUp(booking, 'yes cancel it')).toBe(true);
    expect(givesUp({ kind: 'argument', property: 'phone', attempt: 1 }, 'cancel that')).toBe(true);
    expect(givesUp(undefined, 'cancel it')).toBe(false);
  });

  it('cancels the booking (before: "nothing was changed")', async () => {
    const o = await converse(
      'salon',
      ['please cancel my booking GB-20310613-001', '07700 900202', 'yes cancel it'],
      { tool: 'cancel_booking', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).not.toMatch(/nothing was changed/);
  }, 120_000);
});
