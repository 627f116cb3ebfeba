import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "i had balayage with you back in june and honestly its gone really patchy and brassy orange", then "i
// want my money back or it fixed for free" (dialogue batch 22, dev): no "complaint", no "not happy", and
// the front desk, then the bookings desk, recited what they can do; the manager never heard of it.
describe('a result gone wrong', () => {
  it('is a complaint, logged for the manager', async () => {
    const o = await converse(
      'salon',
      ["had highlights with you a few weeks ago and they've gone all streaky at the front"],
      { tool: 'log_complaint', result: { logged: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('is a complaint when the money is wanted back', async () => {
    const o = await converse(
      'salon',
      [
        'my booking was GB-20250614-001',
        'that was ninety quid for nothing, i want it sorted for free or my money back',
      ],
      { tool: 'log_complaint', result: { logged: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
