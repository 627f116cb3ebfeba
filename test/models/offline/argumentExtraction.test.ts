import { describe, expect, it } from 'vitest';
import {
  fillArguments,
  findPropertyValue,
  propertiesNamedIn,
  propertyWords,
} from '../../../src/models/offline/argumentExtraction.ts';
import { spokenPropertyWords } from '../../../src/models/offline/propertyKinds.ts';

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

  it('reads no free text from a message that is only a reference and filler ("SL-2057 please")', () => {
    for (const message of ['SL-2057 please', 'INV-2002']) {
      const fill = fillArguments(refundSchema, { messages: [message], now: NOW });
      expect(fill.args.reason, message).toBeUndefined();
    }
    const described = fillArguments(refundSchema, { messages: ['charged twice on INV-2002'], now: NOW });
    expect(described.args.reason).toBe('charged twice on INV-2002');
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

  it('takes the reply to our question as a free-text value, unless it declines or is another value', () => {
    const demoSchema = {
      type: 'object',
      properties: {
        name: { type: 'string', description: "The caller's full name" },
        company: { anyOf: [{ type: 'string' }, { type: 'null' }], description: "The caller's company" },
        date: { type: 'string', description: 'Demo date as YYYY-MM-DD' },
      },
      required: ['name', 'company', 'date'],
    };
    const fill = (answers: Record<string, string>, messages: string[]) =>
      fillArguments(demoSchema, { messages, answers, now: NOW });

    const answered = fill({ name: 'dana ruiz', company: "it's Acme Ltd." }, ['2025-06-12']);
    expect(answered.args).toEqual({ name: 'Dana Ruiz', company: 'Acme Ltd', date: '2025-06-12' });
    expect(answered.unfilled).toEqual([]);

    // Unasked, the same words fill nothing: only a reply to our own question is taken as it is.
    expect(fill({}, ['Acme Ltd']).args).toEqual({ company: null });

    const declined = fill({ name: '2025-06-12', company: "no, we don't have one" }, ['2025-06-12']);
    expect(declined.args).toEqual({ company: null, date: '2025-06-12' });
    expect(declined.missing).toEqual(['name']);
    expect(declined.unfilled).toEqual(['company']);
  });

  it('lets a newer message win over an older reply for typed values', () => {
    const schema = { type: 'object', properties: { date: { type: 'string' } }, required: ['date'] };
    const fill = fillArguments(schema, {
      messages: ['make it 2025-03-03 then', '2025-02-30'],
      answers: { date: '2025-02-30' },
      now: NOW,
    });
    expect(fill.args.date).toBe('2025-03-03');
  });

  it('names the properties a bare value fills, and reads one property by its own finder', () => {
    const schema = {
      type: 'object',
      properties: {
        webhookId: { type: 'string', description: 'Webhook ID, e.g. WH-303' },
        accountId: { type: 'string', description: 'Account ID, e.g. ACC-1001' },
        plan: { type: 'string', enum: ['Starter', 'Growth', 'Scale'] },
        note: { type: 'string' },
      },
    };
    expect(propertiesNamedIn(schema, 'WH-303', NOW)).toEqual(['webhookId']);
    expect(propertiesNamedIn(schema, "it's acc-1004", NOW)).toEqual(['accountId']);
    expect(propertiesNamedIn(schema, 'Growth please', NOW)).toEqual([]);
    expect(findPropertyValue(schema, 'plan', 'scale', NOW)).toBe('Scale');
    expect(findPropertyValue(schema, 'note', 'anything at all', NOW)).toBeUndefined();
  });

  it('speaks property names', () => {
    expect(propertyWords('invoiceId')).toBe('invoice ID');
    expect(propertyWords('caller_name')).toBe('caller name');
  });

  it('says a property to the customer without the words of how it is stored', () => {
    expect(spokenPropertyWords('timeText')).toBe('time');
    expect(spokenPropertyWords('serviceDescription')).toBe('service');
    expect(spokenPropertyWords('customerName')).toBe('customer name');
    // A name that is only the storage word stays as it is.
    expect(spokenPropertyWords('description')).toBe('description');
  });
});

describe('the newest message overrides the remembered state', () => {
  it('an enum value named now beats the one in the state', () => {
    const schema = {
      type: 'object',
      properties: { plan: { type: 'string', enum: ['Starter', 'Growth', 'Scale'] } },
      required: ['plan'],
    };
    const fill = fillArguments(schema, {
      state: { plan: 'Scale' },
      messages: ['how much is the Growth plan?'],
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(fill.args.plan).toBe('Growth');
    const remembered = fillArguments(schema, {
      state: { plan: 'Scale' },
      messages: ['how much is it?'],
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(remembered.args.plan).toBe('Scale');
  });
});
