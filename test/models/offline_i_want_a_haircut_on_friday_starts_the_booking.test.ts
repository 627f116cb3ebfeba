import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "I want a haircut on friday afternoon" is the same request as "can I get a haircut friday afternoon",
 * stated as a wish. Booking answered it with its greeting ("What would you like done, and which day
 * suits you?"), and every reply after that got "I can check free times…", until a person was offered.
 */
describe('a stated wish for a service on a day starts the booking', () => {
  for (const first of [
    'I want a haircut on friday afternoon',
    "ok, I'd like a haircut friday afternoon",
    'we need a haircut on friday afternoon',
  ]) {
    it(`offers Friday afternoon's times from "${first}"`, async () => {
      const o = await converse('salon', [first], { tool: 'check_availability' });
      expect(o.unmet).toEqual([]);
      expect(toolsOf(o)[0]?.arguments).toMatchObject({ partOfDay: 'afternoon' });
    }, 120_000);
  }

  it('a wish about something else is no booking: "I want to know your opening hours"', async () => {
    const o = await converse('salon', ['I want to know your opening hours'], { tool: 'book_appointment' });
    expect(o.unmet).toEqual(['book_appointment never ran']);
  }, 120_000);

  // A stated wish gives what is wanted, never a refund's reason (why): "a copy of invoice INV-2041" is
  // a look-up (the question form: offline_can_i_get_a_copy_of_an_invoice_is_a_look_up.test.ts).
  for (const ask of ['I need a copy of invoice INV-2041', 'we need a copy of invoice INV-2041']) {
    it(`looks the invoice up, never proposes a refund, on "${ask}"`, async () => {
      const o = await converse('support', [ask], { tool: 'lookup_invoice' });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].reply).not.toMatch(/refund/i);
    }, 120_000);
  }
});
