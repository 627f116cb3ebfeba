import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "hannah kowalski here, born 12/08/1999" verified "Hannah Kowalski Here", and "marcus bell here, number
 * 555-0178" looked for bookings under "Marcus Bell Here": the caller's "here", as said on the phone, was
 * read as part of a name typed in lower case. "Marcus Lee here (555-0177)" took the number with its
 * opening bracket. The name ends at "here", and a number's bracket opened before it is no part of it.
 */
describe('a caller saying "here" after their name is read', () => {
  it('the clinic verifies the patient named before "here" and a birth date', async () => {
    const o = await converse(
      'healthcare',
      ['hello, hannah kowalski here, born 12/08/1999. i need to check my balance'],
      {
        tool: 'verify_identity',
        result: { verified: true },
      },
    );
    const verify = toolsOf(o).find((c) => c.tool === 'verify_identity')?.arguments as { fullName: string };
    expect(verify.fullName).toBe('Hannah Kowalski');
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('the night line finds the bookings of the caller named before "here" and a number', async () => {
    const o = await converse(
      'after-hours',
      ['marcus bell here, number 555-0178. pls cancel my appointment with dr whitfield next tuesday'],
      { tool: 'find_mine', result: { found: true } },
    );
    const found = toolsOf(o).find((c) => c.tool === 'find_mine')?.arguments as { bookedUnderName: string };
    expect(found.bookedUnderName).toBe('Marcus Bell');
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('a number in brackets is read without them', async () => {
    const o = await converse(
      'salon',
      ['Hi, Tom Reed here (07700 900123). Can I book a mens cut tomorrow at 10am?'],
      {
        tool: 'book_appointment',
      },
    );
    const said = JSON.stringify(toolsOf(o).map((c) => c.arguments));
    expect(said).not.toContain('(');
    expect(o.turns.map((t) => t.reply).join(' ')).not.toMatch(/\(07700/);
  }, 120_000);
});
