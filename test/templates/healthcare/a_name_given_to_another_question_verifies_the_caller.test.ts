import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// Dialogue batch 26 (dev): a phone caller asked "What's the new phone number?" or "Over how many months…?"
// answered with their name first, in lower case, then their birth date. The name went unheard, the
// desk asked for it again after the birth date, and the caller ended up offered a person.
describe('a name given to another question', () => {
  it('starts the identity check, and the request goes on once verified', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi i changed my mobile number and need it updated on my file please',
        'priya nair p r i y a n a i r',
        'november twenty third nineteen seventy eight',
        "it's 555 0177",
        'yes that is right',
      ],
      { tool: 'update_contact_details', result: { updated: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'verify_identity')?.arguments).toMatchObject({
      fullName: 'Priya Nair',
      dob: '1978-11-23',
    });
    expect(o.turns[2].reply).not.toMatch(/full name/i);
  }, 180_000);
});
