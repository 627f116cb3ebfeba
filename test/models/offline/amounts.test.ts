import { describe, expect, it } from 'vitest';
import { findMoney, findPercent } from '../../../src/models/offline/amounts.ts';
import { findNumber } from '../../../src/models/offline/numberSaid.ts';

// Amounts as house hunters text them (fifth pass of docs/dialogue.md: "under 500k" was no budget, and a
// down payment was read from "5:30pm" and from a phone number).
describe('amounts in customers’ shorthand', () => {
  it('reads thousands and millions written with k and m', () => {
    expect(findMoney('budget is under 600k')).toBe(600_000);
    expect(findMoney('the monthly payment be on 99k with 10% down?')).toBe(99_000);
    expect(findMoney('hoping for about $1.2m')).toBe(1_200_000);
    expect(findMoney('around 450 thousand')).toBe(450_000);
    expect(findMoney('refund $120 please')).toBe(120);
  });

  it('reads a percent only with its sign or word', () => {
    expect(findPercent('if i put 10% down')).toBe(10);
    expect(findPercent('fifteen, no, 15 percent')).toBe(15);
    expect(findPercent('can i go see it tuesday at 5:30pm')).toBeUndefined();
    expect(findPercent('Sam Whitaker, 555 0190')).toBeUndefined();
  });

  it('takes a count said with a short unit and never from an amount', () => {
    expect(findNumber('need 3 bed, budget is under 600k', 'bedrooms')).toBe(3);
    expect(findNumber('a 2 bed condo under 500k', 'bedrooms')).toBe(2);
  });
});
