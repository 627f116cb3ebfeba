import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "hi what do your plans cost? we're a small physio clinic, maybe 3 or 4 phone numbers" (dialogue batch
// 25) got the sales desk's greeting: the whole message fitted an order best ("numbers"), and the
// question, said first and after a "hi", was not read as one. The question is what is asked.
describe('a price question said beside a need', () => {
  it('is answered with the plans and their prices, and orders nothing', async () => {
    const o = await converse(
      'support',
      ['hello, what would your plans run us? we need something like 5 numbers'],
      {
        tool: 'lookup_pricing',
        never_tools: ['place_order'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/Starter is \$29 a month/);
  }, 180_000);
});
