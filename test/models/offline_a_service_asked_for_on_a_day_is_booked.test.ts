import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * A service asked for on a day, sent to the salon's booking desk, got its greeting ("What would you like
 * done, and which day suits you?") when the request was not in the words the desk reads as one: after
 * "hi there," (the openers knew "hi" and "hiya", not a greeting with its addressee), or said with no verb
 * at all ("a trim on saturday please"). Then, once free times were listed and one picked, the
 * booking asked "Which service would you like…?" to every reply after: the service had been said in the
 * message the greeting answered. A day asked for at the desk the message was routed to is its booking;
 * hours asked about are not.
 */
const noGreetingNorServiceAsked = (o: Awaited<ReturnType<typeof converse>>) => {
  expect(o.turns[0].reply).not.toMatch(/which day suits you/i);
  expect(o.turns.some((t) => /which service would you like/i.test(t.reply))).toBe(false);
};

describe('a service asked for on a day is booked', () => {
  it('books the blow-dry asked for after "hi there,"', async () => {
    const o = await converse(
      'salon',
      [
        'hi there, could I get a blow-dry on saturday?',
        'morning if you can',
        '11:30',
        'Leah Brooks',
        '07700 900432',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    noGreetingNorServiceAsked(o);
  }, 180_000);

  it('books a trim said with no verb', async () => {
    const o = await converse(
      'salon',
      [
        'a trim on saturday please',
        'around 10 if possible',
        'Omar Haddad',
        '07700 900876',
        "a men's cut",
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    noGreetingNorServiceAsked(o);
  }, 180_000);

  it('answers "are you open on saturday?" with the hours, booking nothing', async () => {
    const o = await converse('salon', ['are you open on saturday?'], { reply: 'Saturday' });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools.map((t) => t.tool)).not.toContain('book_appointment');
  }, 180_000);
});
