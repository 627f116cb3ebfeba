import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../src/models/offline/personNames.ts';
import { converse } from './offlineScenario.ts';

// A dev28 row (healthcare): "14/09/1952, Liu, Grace. What allergies have you got down for me?" was asked
// for a full name again and again: a name given surname first, as forms have it, read as "Liu" or not at all.
describe('a name given surname first verifies', () => {
  it('reads "Surname, Given" among other details as "Given Surname"', () => {
    expect(findPersonName('Ruiz, Dana, 03/12/1984')).toBe('Dana Ruiz');
    expect(findPersonName('03/12/1984, Ruiz, Dana. what meds am I on')).toBe('Dana Ruiz');
    // Without another detail beside it, or with a word no name is, nothing is guessed.
    expect(findPersonName('Thanks, Dana')).toBeUndefined();
    expect(findPersonName('Yes, Thursday, 555-0142')).toBeUndefined();
  });

  it('verifies the caller and answers what was asked', async () => {
    const o = await converse(
      'healthcare',
      ['which medications do you have me on?', 'Ruiz, Dana, 03/12/1984'],
      {
        tool: 'verify_identity',
        result: { verified: true },
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
