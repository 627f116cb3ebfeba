import { describe, expect, it } from 'vitest';
import { fillArguments, propertyWords } from './argumentExtraction.ts';

const NOW = new Date('2025-03-05T10:00:00Z');

/** The shape the SDK sends for a strict zod tool: optional fields become required + nullable. */
const refundSchema = {
  type: 'object',
  properties: {
    invoiceId: { type: 'string', description: 'Invoice id like INV-1042' },
    amount: { anyOf: [{ type: 'number' }, { type: 'null' }], description: 'Amount to refund in dollars' },
    reason: { type: 'string', description: 'Why the customer wants the refund' },
  },
  required: ['invoiceId', 'amount', 'reason'],
  additionalProperties: false,
};

describe('fillArguments', () => {
  it('fills ids, money and free text from the user messages, newest first', () => {
    const fill = fillArguments(refundSchema, {
      messages: ['I was charged $45.50 twice on INV-2002', 'my old invoice was INV-1001'],
      now: NOW,
    });
    expect(fill.missing).toEqual([]);
    expect(fill.args).toEqual({
      invoiceId: 'INV-2002',
      amount: 45.5,
      reason: 'I was charged $45.50 twice on INV-2002',
    });
  });

  it('prefers the structured state over the text, matching property names loosely', () => {
    const schema = {
      type: 'object',
      properties: { account_id: { type: 'string' }, callerName: { type: 'string' } },
      required: ['account_id', 'callerName'],
    };
    const fill = fillArguments(schema, {
      state: { accountId: 'ACC-2001', callerName: 'Dana Ruiz' },
      messages: ['my account is ACC-9999 and this is Sam'],
      now: NOW,
    });
    expect(fill.args).toEqual({ account_id: 'ACC-2001', callerName: 'Dana Ruiz' });
  });

  it('sends null for a nullable property nothing fills, and reports a required one as missing', () => {
    const fill = fillArguments(refundSchema, { messages: ['I want a refund'], now: NOW });
    expect(fill.args.amount).toBeNull();
    expect(fill.args.reason).toBe('I want a refund');
    expect(fill.missing).toEqual(['invoiceId']);
  });

  it('uses the focus message for free text and fills enums, integers, dates, names and emails', () => {
    const schema = {
      type: 'object',
      properties: {
        plan: { type: 'string', enum: ['basic', 'pro', 'enterprise'] },
        seats: { type: 'integer', description: 'Number of seats' },
        date: { type: 'string', description: 'Demo date, YYYY-MM-DD' },
        name: { type: 'string' },
        email: { type: 'string' },
        notes: { type: 'string' },
      },
      required: ['plan', 'seats', 'date', 'name', 'email', 'notes'],
    };
    const fill = fillArguments(schema, {
      messages: ['dana@example.com', 'demo of Pro for 25 seats next Monday, my name is Dana Ruiz'],
      focusText: 'demo of Pro for 25 seats next Monday, my name is Dana Ruiz',
      now: NOW,
    });
    expect(fill.missing).toEqual([]);
    expect(fill.args).toEqual({
      plan: 'pro',
      seats: 25,
      date: '2025-03-10',
      name: 'Dana Ruiz',
      email: 'dana@example.com',
      notes: 'demo of Pro for 25 seats next Monday, my name is Dana Ruiz',
    });
  });

  it('honours a schema pattern and drops values of the wrong type', () => {
    const schema = {
      type: 'object',
      properties: {
        callRef: { type: 'string', pattern: '^CALL-[0-9]+$' },
        city: { type: 'string' },
        seats: { type: 'integer' },
      },
      required: ['callRef', 'city', 'seats'],
    };
    const fill = fillArguments(schema, {
      state: { seats: 'many' },
      messages: ['about call-981 from Paris, 2.5 seats'],
      now: NOW,
    });
    expect(fill.args.callRef).toBe('CALL-981');
    // Nothing says which words are a city: asked for, never guessed. 2.5 is not an integer.
    expect(fill.missing).toEqual(['city', 'seats']);
  });

  it('speaks property names', () => {
    expect(propertyWords('invoiceId')).toBe('invoice ID');
    expect(propertyWords('caller_name')).toBe('caller name');
  });
});
