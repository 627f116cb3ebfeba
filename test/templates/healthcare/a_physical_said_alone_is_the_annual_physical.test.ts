import { describe, expect, it } from 'vitest';
import { findEnumValue } from '../../../src/models/offline/entityExtractors.ts';
import { SERVICES } from '../../../templates/healthcare/seedData.ts';
import { converse } from '../../models/offlineScenario.ts';

// "does my insurance cover a physical?" was asked which service, with the list: "physical" is also in
// "physical therapy", but said as a thing ("a physical") it is short for the one value it ends.
describe('a physical said alone', () => {
  it('is checked for cover as the annual physical', async () => {
    const o = await converse(
      'healthcare',
      ['does my insurance cover a physical?', 'Maria Garcia, born 17 February 1975'],
      { tool: 'check_procedure_coverage', result: { found: true, service: 'annual physical' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('names no value when the word is a thing of its own, describes a noun, or ends two values', () => {
    expect(findEnumValue('can I book a physical for next week', SERVICES)).toBe('annual physical');
    // "work" is a noun: "the work" is no "lab work".
    expect(findEnumValue('is the work covered', SERVICES)).toBeUndefined();
    // "physical" describes the exam said after it.
    expect(findEnumValue('my physical exam', SERVICES)).toBeUndefined();
    // "a visit" ends the office visit and the specialist visit: which one is asked.
    expect(findEnumValue('does it cover a visit', SERVICES)).toBeUndefined();
  });
});
