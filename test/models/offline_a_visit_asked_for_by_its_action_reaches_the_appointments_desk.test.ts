import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I need to book a physical" went to the clinic's appointments desk, but "I want to book a physical",
// "I would like to book a physical please" and "can I book a physical?" got the front desk's menu or the
// insurance desk's "Which service should I check?": "physical" leans to the insurance desk's examples and
// nothing cleared the bar. Saying the action only one desk opens its description with ("Book, schedule,
// cancel or move…") asks for that desk, and there "book" names the booking.
describe('a visit asked for by its action reaches the appointments desk', () => {
  for (const ask of [
    'I want to book a physical',
    'I would like to book a physical please',
    'can I book a physical?',
  ]) {
    it(`books from "${ask}" once the patient is verified`, async () => {
      const o = await converse('healthcare', [ask, 'Dana Ruiz, born 1984-03-12', 'the first one'], {
        tool: 'book_appointment',
        result: { booked: true },
      });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].reply).toMatch(/verify your identity/);
    }, 180_000);
  }

  it('still answers a coverage question about a physical at the insurance desk', async () => {
    const o = await converse('healthcare', ['does my insurance cover a physical?'], {
      never_tools: ['book_appointment', 'find_appointment_slots'],
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_appointment');
  }, 180_000);

  // Said "before i book anything", the booking is not what is asked; and "first" said of when something is
  // done picks no opening ("…the prior authorization first got it thanks" had booked the first one listed).
  it('checks coverage first when booking is only what comes after', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi um my cardiologist mentioned i might need an mri and i wanna know if my insurance covers it before i book anything',
        'omar haddad h a d d a d',
        'june nineteenth nineteen eighty seven',
      ],
      { tool: 'check_procedure_coverage', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_appointment');
  }, 180_000);

  it('books nothing on "first" said of what comes before', async () => {
    const o = await converse(
      'healthcare',
      ['I need to book a checkup', 'okay so i would need the prior authorization first got it thanks'],
      { never_tools: ['book_appointment'] },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
