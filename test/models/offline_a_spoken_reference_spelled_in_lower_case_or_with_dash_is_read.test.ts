import { describe, expect, it } from 'vitest';
import { writtenAsDigits } from '../../src/models/offline/spokenNumbers.ts';
import { converse } from './offlineScenario.ts';

// "the account is a c c one zero zero seven", "ACC dash one zero zero nine": some transcribers write
// letters spoken one by one in lower case, and a dash as the word. Neither was read as a reference, so
// the locked-out caller was asked for the account ID again.
describe('a spoken reference spelled in lower case or with a dash is read', () => {
  it('writes letters spoken one by one, and a spoken dash, as the reference', () => {
    expect(writtenAsDigits('the account is a c c one zero zero seven')).toBe('the account is ACC-1007');
    expect(writtenAsDigits('account number is ACC dash one zero zero nine')).toBe(
      'account number is ACC-1009',
    );
    expect(writtenAsDigits('I N V twenty thirty nine')).toBe('INV-2039');
    expect(writtenAsDigits('it is i n v two zero four one')).toBe('it is INV-2041');
    expect(writtenAsDigits('w h three oh seven')).toBe('WH-307');
    // dev11-support-08: the record named before the reference ("on account ACC one zero zero four").
    expect(writtenAsDigits('3 more numbers on account ACC one zero zero four')).toBe(
      '3 more numbers on account ACC-1004',
    );
    expect(writtenAsDigits('we want OK 2000 minutes')).toBe('we want OK 2000 minutes');
    // Single letters that are words, or a letter before a short number, stay as they are.
    expect(writtenAsDigits('i need a c and 2 beds')).toBe('i need a c and 2 beds');
    expect(writtenAsDigits('plan b 300 minutes')).toBe('plan b 300 minutes');
  });

  it('unlocks the account a caller spells out', async () => {
    const o = await converse(
      'support',
      [
        'hi i cant get into the dashboard it says my account is locked',
        'the account is a c c one zero zero seven',
      ],
      { tool: 'unlock_account', result: { status: 'unlocked' } },
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);
});
