import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HandoffPayloadSchema, parseHandoffPayload } from '../../src/policy/handoffPayload.ts';

/** Strings around the limits, with the whitespace `trim()` removes on either side. */
const text = fc
  .tuple(
    fc.constantFrom('', ' ', '\n\t ', '\u00a0', '\u2003'),
    fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.string({ minLength: 115, maxLength: 125 }),
      fc.string({ minLength: 495, maxLength: 505 }),
    ),
    fc.constantFrom('', ' ', ' \r\n', '\ufeff'),
  )
  .map(([before, core, after]) => `${before}${core}${after}`);

const payloads = fc.oneof(
  fc.record(
    {
      reason: fc.oneof(text, fc.integer(), fc.constant(null)),
      intent: fc.oneof(text, fc.constant(null), fc.boolean()),
    },
    { requiredKeys: [] },
  ),
  fc.record({ reason: text, intent: text, extra: fc.jsonValue() }),
  fc.jsonValue(),
);

describe('a handoff payload', () => {
  it('parses exactly as its schema does, whichever path it takes', () => {
    fc.assert(
      fc.property(payloads, (payload) => {
        const raw = JSON.stringify(payload);
        const ours = parseHandoffPayload(raw);
        const schema = HandoffPayloadSchema.safeParse(JSON.parse(raw));
        expect(ours.ok).toBe(schema.success);
        if (ours.ok && schema.success) expect(ours.value).toStrictEqual(schema.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('explains what is wrong when it is not one', () => {
    expect(parseHandoffPayload('{"reason": "ok"')).toEqual({
      ok: false,
      error: 'arguments are not valid JSON',
    });
    expect(parseHandoffPayload('{"reason": "  a "}')).toEqual({
      ok: false,
      error: 'reason: reason must say why (at least 3 characters)',
    });
    expect(parseHandoffPayload('')).toEqual({ ok: false, error: expect.stringMatching(/^reason: /) });
    expect(parseHandoffPayload('{"reason": " billing question ", "intent": " billing "}')).toEqual({
      ok: true,
      value: { reason: 'billing question', intent: 'billing' },
    });
  });
});
