import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// The records desk asked "What's the new phone number?" and keeps no memory: "sure, it's 555-0142"
// reached it alone, meant nothing to it, and the front desk said "Could you tell me a bit more…". A reply
// in words to a desk's own slot question is relayed with the request and the question it answers.
describe('a reply to a desk question is passed on with it', () => {
  it('"sure, it\'s 555-0142" to the records desk\'s phone question updates the number', async () => {
    const o = await converse(
      'healthcare',
      [
        'my phone number changed, can you update it please',
        'Hannah Kowalski, born 1999-12-08',
        "sure, it's 555-0142",
      ],
      { tool: 'update_contact_details', result: { updated: true, phoneEndsWith: '0142' } },
    );
    expect(o.turns[0].reply).toMatch(/new phone number/i);
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'update_contact_details')).toHaveLength(1);
  }, 180_000);
});
