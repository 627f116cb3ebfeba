import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "I earn 90k a year, how much house can I afford?" was quoted as a $90,000 home. An amount said as a
// yearly income now gives the price it supports (a 30-year fixed payment at 28% of gross income).
describe('a buyer asks what their income affords', () => {
  it('estimates a price from 90k a year', async () => {
    const o = await converse('real-estate', ['I earn 90k a year, how much house can I afford?'], {
      tool: 'quote_mortgage',
      result: { found: true, monthly: '$2,100' },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/On \$90,000 a year, a home up to about \$\d{3},000/);
  }, 180_000);
});
