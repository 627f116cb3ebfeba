import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "do I need to bring anything?" asked while the openings were offered went to the appointments desk,
 * which answered with what it can do; "ok. the earliest one please" then listed the caller's visits,
 * because the offer was no longer the last thing asked. An offer stands through a question on the side;
 * a read-back a "yes" has acted on does not ("thanks" after the payment reads nothing back again).
 */
describe('an offer stands after a question on the side', () => {
  it('books the earliest opening after an aside the desk could not answer', async () => {
    const o = await converse(
      'healthcare',
      [
        "I need a dermatology appointment, I've got a mole I want looked at",
        'Maria Garcia, 08/30/1993',
        'do I need to bring anything?',
        'ok. the earliest one please',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);

  it('thanks after a payment made on a yes is only thanks', async () => {
    const o = await converse(
      'healthcare',
      ['Dana Ruiz, born 1984-03-12', 'can I pay my bill', 'actually make it $50', 'yes', 'thanks'],
      [{ tool: 'pay_by_card_or_link', result: { paid: true } }, { reply: "You're welcome" }],
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);
});
