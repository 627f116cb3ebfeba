import { describe, expect, it } from 'vitest';
import { findReference } from '../../../src/models/offline/entityExtractors.ts';
import { correctedReference } from '../../../src/models/offline/forms/selfCorrection.ts';
import { writtenAsDigits } from '../../../src/models/offline/spokenNumbers.ts';
import { converse } from '../offlineScenario.ts';

const invoice = (said: string) => findReference(said, { prefix: 'INV' });
const account = (said: string) => findReference(said, { prefix: 'ACC' });

/**
 * "a refund on invoice INV-2014.. sorry typo, INV-2041": the slip was read, the read-back named
 * INV-2014 and the refund found no such invoice (dev24). A reference said after a self-correction is
 * the one meant; digits said again alone ("A C C one oh oh eight, no sorry, one oh oh seven") keep the
 * prefix of the reference they correct.
 */
describe('a reference corrected in the same breath', () => {
  it('reads the reference after "sorry", "no", "I mean"', () => {
    expect(correctedReference('refund INV-2014.. sorry typo, INV-2041', invoice)).toBe('INV-2041');
    expect(correctedReference('invoice INV-2039 i mean INV-2040', invoice)).toBe('INV-2040');
    expect(
      correctedReference(writtenAsDigits('it is A C C one oh oh eight, no sorry, one oh oh seven'), account),
    ).toBe('ACC-1007');
  });

  it('corrects nothing when no reference is corrected', () => {
    expect(correctedReference('refund INV-2041 please, sorry for the trouble', invoice)).toBeUndefined();
    expect(correctedReference('refund INV-2041 please', invoice)).toBeUndefined();
  });

  it('refunds the invoice the customer corrected to', async () => {
    const o = await converse(
      'support',
      ['can i get a refund on INV-2014, sorry, typo, I mean INV-2041', 'yes go ahead'],
      { tool: 'issue_refund', result: { refunded: true, invoiceId: 'INV-2041' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
