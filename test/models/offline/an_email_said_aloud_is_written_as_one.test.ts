import { describe, expect, it } from 'vitest';
import { findEmail } from '../../../src/models/offline/contactDetails.ts';
import { converse, toolsOf } from '../offlineScenario.ts';

/**
 * "the email is lena dot brooks at mailbox dot org": speech-to-text writes an address as it is said,
 * and no email was read, so the leads desk asked for a phone number the caller had chosen not to give
 * (dev23). An address said aloud, with a "dot" after its "at", is written as one.
 */
describe('an email said aloud is written as one', () => {
  it('reads "dot", "underscore" and "dash" in the name and the domain', () => {
    expect(findEmail('yeah the email is lena dot brooks at mailbox dot org')).toBe('lena.brooks@mailbox.org');
    expect(findEmail('it is j underscore smith at mail dot co dot uk thanks')).toBe('j_smith@mail.co.uk');
    expect(findEmail('ana dash maria at studio dot example')).toBe('ana-maria@studio.example');
  });

  it('reads no email where "at" names a place', () => {
    expect(findEmail("we're at the office till six")).toBeUndefined();
    expect(findEmail('call me at home tonight')).toBeUndefined();
  });

  it('records a lead reached by the email said aloud', async () => {
    const o = await converse(
      'real-estate',
      [
        "I'd like one of your agents to get in touch with me please",
        "sure it's omar quinn and my email is omar dot quinn at postbox dot org",
      ],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'record_lead')?.arguments).toMatchObject({
      email: 'omar.quinn@postbox.org',
    });
  }, 180_000);
});
