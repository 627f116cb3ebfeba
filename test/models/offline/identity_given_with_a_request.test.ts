import { describe, expect, it } from 'vitest';
import { converse } from '../offlineScenario.ts';

describe('an identity check given in full with a request: verified first, then the request, same turn', () => {
  it('books with Dr. Okafor after "this is Marcus Bell, born July 4 1990, I need to see Dr. Okafor next week"', async () => {
    const o = await converse(
      'healthcare',
      ['Hi, this is Marcus Bell, born July 4 1990, I need to see Dr. Okafor next week', 'the first one'],
      [
        { tool: 'verify_identity', result: { verified: true } },
        { tool: 'book_appointment', result: { booked: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools.map((t) => t.tool)).toEqual(['verify_identity', 'find_appointment_slots']);
    expect(o.turns[0].reply).toMatch(/Dr\. Amara Okafor.*Which one would you like\?$/);
  }, 180_000);

  it('answers "when\'s my next appointment? Omar Haddad, 1987-06-19" without asking who it is again', async () => {
    const o = await converse('healthcare', ["when's my next appointment? Omar Haddad, 1987-06-19"], {
      tool: 'list_appointments',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools.map((t) => t.tool)).toEqual(['verify_identity', 'list_appointments']);
    expect(o.turns[0].reply).toMatch(/upcoming appointment/);
  }, 180_000);
});
