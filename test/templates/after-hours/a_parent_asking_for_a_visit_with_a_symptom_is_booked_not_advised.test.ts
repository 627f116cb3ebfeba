import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// Found by chatting: "hi, sorry to call so late, my daughter has had a sore throat for two days, can she be
// seen tomorrow?" got the nurse line's advice for a cold, and every reply after it ("the 9:30 is fine", the
// name) was read as symptoms. The visit is what is asked for; the sore throat is why. The nurse line's
// advice on the whole message no longer outweighs the request (its changes still do), and "can she be
// seen" asks as "can someone see her" does.
describe('a parent asking for a visit with a symptom', () => {
  for (const ask of ['can she be seen tomorrow?', 'can someone see her tomorrow?']) {
    it(`is offered openings and booked for "${ask}"`, async () => {
      const o = await converse(
        'after-hours',
        [
          `hi, sorry to call so late, my daughter has had a sore throat for two days, ${ask}`,
          'the first one is fine',
          'Mia Santos',
          '555-0177',
        ],
        { tool: 'book_slot', result: { booked: true }, never_tools: ['lookup_nurse_protocol'] },
      );
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].tools.map((t) => t.tool)).toContain('find_open_slots');
      expect(toolsOf(o).find((t) => t.tool === 'book_slot')?.arguments).toMatchObject({
        callerName: 'Mia Santos',
      });
    }, 180_000);
  }

  it('still gets the emergency line for a red flag said with the request', async () => {
    const o = await converse(
      'after-hours',
      ['my son has chest pain and cant breathe properly, can someone see him tomorrow?'],
      { reply: '911', never_tools: ['book_slot', 'find_open_slots'] },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
