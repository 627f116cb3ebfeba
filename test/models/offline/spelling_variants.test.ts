import { describe, expect, it } from 'vitest';
import { spellingVariant } from '../../../src/models/offline/spellingVariants.ts';

// "can I pay my bill in instalments?" did not name `pay_in_installments`: British and American
// spellings are one word to WordNet (a shared sense) a letter or two apart.
describe('spelling variants', () => {
  it('are two spellings of a word WordNet gives one sense', () => {
    expect(spellingVariant('instalments', 'installments')).toBe(true);
    expect(spellingVariant('colour', 'color')).toBe(true);
    expect(spellingVariant('cancelled', 'canceled')).toBe(true);
  });

  it('are not other words a letter apart, nor synonyms spelt apart', () => {
    expect(spellingVariant('costs', 'coats')).toBe(false);
    expect(spellingVariant('refund', 'rebate')).toBe(false);
    expect(spellingVariant('bill', 'invoice')).toBe(false);
  });
});
