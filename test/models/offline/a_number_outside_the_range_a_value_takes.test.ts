import { describe, expect, it } from 'vitest';
import { fillArguments } from '../../../src/models/offline/argumentExtraction.ts';
import { describeProperty } from '../../../src/models/offline/propertyKinds.ts';

/**
 * "a hundred eighty all at once is a lot right now. Can I split it into monthly payments?" was read
 * back as "180 monthly payments", and "thirty a month, yes" as 30 (dev24). A number property holds only
 * the range its schema or description states ("How many monthly payments, 2 to 12"): anything else is
 * no value for it, and the form asks.
 */
const months = { type: 'integer', description: 'How many monthly payments, 2 to 12, e.g. 6' };
const schema = { type: 'object', properties: { months }, required: ['months'] };
const now = new Date('2026-11-30T09:00:00Z');

describe('a number outside the range a value takes', () => {
  it('reads the range from the description or the schema', () => {
    expect(describeProperty('months', months).range).toEqual([2, 12]);
    expect(describeProperty('quantity', { type: 'integer', minimum: 1, maximum: 1000 }).range).toEqual([
      1, 1000,
    ]);
    expect(describeProperty('note', { type: 'string', description: 'from 1 to 5' }).range).toBeUndefined();
  });

  it('leaves the value unfilled when the number is out of range', () => {
    const said = (text: string) => fillArguments(schema, { messages: [text], now }).args.months;
    expect(said('a hundred eighty all at once is a lot, can I split it?')).toBeUndefined();
    expect(said('thirty a month would work')).toBeUndefined();
    expect(said('six months please')).toBe(6);
  });
});
