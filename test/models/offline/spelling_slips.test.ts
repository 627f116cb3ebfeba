import { describe, expect, it } from 'vitest';
import { findEnumValue } from '../../../src/models/offline/entityExtractors.ts';
import { withinOneSlip } from '../../../src/models/offline/spellingSlips.ts';

// Fifth pass of docs/dialogue.md: "need my levothyroxin refil pls" asked which medication again.
describe('one spelling slip in a long name', () => {
  const formulary = ['Lisinopril', 'Levothyroxine', 'Metformin', 'Atorvastatin'];

  it('reads a long value typed with one letter missing, added or wrong', () => {
    expect(findEnumValue('need my levothyroxin refil pls', formulary)).toBe('Levothyroxine');
    expect(findEnumValue('refill atorvastattin please', formulary)).toBe('Atorvastatin');
    expect(findEnumValue('my metfromin', formulary)).toBeUndefined(); // two slips (a swap)
  });

  it('never bends a short value', () => {
    expect(findEnumValue('a sale please', ['Scale', 'Growth'])).toBeUndefined();
    expect(withinOneSlip('levothyroxin', 'levothyroxine')).toBe(true);
    expect(withinOneSlip('lisinopril', 'levothyroxine')).toBe(false);
  });
});
