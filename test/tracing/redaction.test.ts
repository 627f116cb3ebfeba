import { afterEach, describe, expect, it, vi } from 'vitest';
import { logWarning } from '../../src/tracing/log.ts';
import { redactionModeFrom, redactText, redactValue } from '../../src/tracing/redaction.ts';

describe('PII masking', () => {
  it('masks card numbers (Luhn-valid, spaced, dashed or bare), emails and phone numbers', () => {
    expect(redactText('card 4111 1111 1111 1111 please')).toBe('card [card] please');
    expect(redactText('card 5500-0000-0000-0004.')).toBe('card [card].');
    expect(redactText('4242424242424242')).toBe('[card]');
    expect(redactText('mail ada.lovelace+x@example.co.uk now')).toBe('mail [email] now');
    expect(redactText('call +1 (555) 123-4567 or 555-123-4567 or 07700 900123')).toBe(
      'call [phone] or [phone] or [phone]',
    );
    expect(redactText('IBAN DE89 3704 0044 0532 0130 00, SSN 078-05-1120, from 192.168.10.20')).toBe(
      'IBAN [iban], SSN [ssn], from [ip]',
    );
  });

  it('leaves business identifiers, dates, amounts and non-card digit runs alone', () => {
    const text =
      'invoice INV-2041 of 2025-04-14 for $46.88, account ACC-1003, order 1234567, ref 1234 5678 9012 3456';
    expect(redactText(text)).toBe(text);
    // Conversation ids are UUIDs, and some of their groups are all digits.
    for (const uuid of ['12345678-1234-4234-8234-123456789012', '00000000-0000-4000-8000-000000000000']) {
      expect(redactText(`conversation ${uuid}`)).toBe(`conversation ${uuid}`);
    }
  });

  it('masks deeply, including numbers that are card numbers, and keeps keys', () => {
    const value = { args: { card: 4111111111111111, note: ['write to bob@example.com'] }, count: 3 };
    expect(redactValue(value)).toEqual({ args: { card: '[card]', note: ['write to [email]'] }, count: 3 });
    expect(value.args.card).toBe(4111111111111111); // the input is not modified
  });

  it('is on only for SWITCHBOARD_REDACT=pii', () => {
    expect(redactionModeFrom({ SWITCHBOARD_REDACT: 'pii' })).toBe('pii');
    expect(redactionModeFrom({ SWITCHBOARD_REDACT: 'off' })).toBe('off');
    expect(redactionModeFrom({})).toBe('off');
  });
});

describe('log lines', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are masked under SWITCHBOARD_REDACT=pii and left as they are otherwise', () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => {
      lines.push(String(chunk));
      return true;
    });
    logWarning('store failed for card 4111 1111 1111 1111', { SWITCHBOARD_REDACT: 'pii' });
    logWarning('store failed for card 4111 1111 1111 1111', {});
    expect(lines).toEqual([
      'switchboard: warning: store failed for card [card]\n',
      'switchboard: warning: store failed for card 4111 1111 1111 1111\n',
    ]);
  });
});
