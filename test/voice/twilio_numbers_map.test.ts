import { describe, expect, it } from 'vitest';
import { tenantOfCall } from '../../src/voice/twilioTenants.ts';
import { voiceConfigFromEnv } from '../../src/voice/voiceConfig.ts';

/** SWITCHBOARD_TWILIO_NUMBERS: which tenant a phone call's conversation belongs to (issue #17 item 11). */
describe('SWITCHBOARD_TWILIO_NUMBERS', () => {
  const numbers = voiceConfigFromEnv({
    SWITCHBOARD_TWILIO_NUMBERS: '+15550002222=acme, +15550003333=globex',
  }).twilioNumbers;

  it('maps our number on the call: To inbound, From outbound; unmapped is null unless * is given', () => {
    expect(tenantOfCall(numbers, { To: '+15550002222', From: '+15551234567', Direction: 'inbound' })).toBe(
      'acme',
    );
    expect(
      tenantOfCall(numbers, { To: '+15551234567', From: '+15550003333', Direction: 'outbound-api' }),
    ).toBe('globex');
    expect(tenantOfCall(numbers, { To: '+15559999999' })).toBeNull();
    // A caller-controlled value never reaches Object.prototype.
    expect(tenantOfCall(numbers, { To: 'constructor' })).toBeNull();
    const fallback = voiceConfigFromEnv({ SWITCHBOARD_TWILIO_NUMBERS: '*=acme' }).twilioNumbers;
    expect(tenantOfCall(fallback, { To: '+15559999999' })).toBe('acme');
  });

  it('refuses a malformed map at startup with a message naming the entry', () => {
    for (const [value, message] of [
      ['+15550002222', /must be \+number=tenant/],
      ['5550002222=acme', /not an E\.164 number/],
      ['+15550002222=ac me', /not a tenant name/],
      ['+15550002222=acme,+15550002222=globex', /twice/],
    ] as const)
      expect(() => voiceConfigFromEnv({ SWITCHBOARD_TWILIO_NUMBERS: value })).toThrow(
        expect.objectContaining({ name: 'VoiceConfigError', message: expect.stringMatching(message) }),
      );
  });
});
