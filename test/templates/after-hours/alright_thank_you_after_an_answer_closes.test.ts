import { describe, expect, it } from 'vitest';
import { onlyCourtesy } from '../../../src/models/offline/forms/closing.ts';
import { converse } from '../../models/offlineScenario.ts';

// "alright thank you" after the night line told a caller their balance (dialogue batch 27, dev) got the
// billing desk's opening question again ("What is the account number?") and a person offered: "alright"
// was no courtesy word.
describe('"alright", "all right", "ta" after an answer', () => {
  it('are courtesy', () => {
    for (const said of ['alright thank you', 'all right, ta', 'alright cheers', 'understood, thanks'])
      expect(onlyCourtesy(said), said).toBe(true);
    expect(onlyCourtesy('alright, and when is it due?')).toBe(false);
  });

  it('close the conversation after the balance', async () => {
    const o = await converse(
      'after-hours',
      ['how much is on my account please', 'it is AC-2001', 'alright, ta very much'],
      { tool: 'lookup_balance', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/welcome|glad/i);
    expect(o.turns[2].tools).toEqual([]);
  }, 180_000);
});
