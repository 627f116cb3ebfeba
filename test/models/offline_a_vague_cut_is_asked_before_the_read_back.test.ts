import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "a haircut" could be any of the salon's three cuts. The booking tool asked which only after the
 * read-back had been agreed to, so one booking took two "yes"es. The template names such values
 * (`responses.clarify`), and the form asks which cut before the read-back.
 */
describe('a vague cut is asked about before the read-back', () => {
  it('"can I book a haircut on friday at 2pm": which cut, then one read-back and one yes', async () => {
    const o = await converse(
      'salon',
      ['can I book a haircut on friday at 2pm', 'Tom Reyes', '07700 900888', "a men's cut", 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toBe(
      "Which cut would you like: a women's cut and blow-dry, a men's cut or a kids cut?",
    );
    expect(o.turns[3].reply).toMatch(/^Just to confirm: men's cut on Friday/);
    expect(toolsOf(o).filter((t) => t.tool === 'book_appointment')).toHaveLength(1);
  }, 120_000);

  it('a named cut is read back at once: "can I book a men\'s cut on friday at 2pm"', async () => {
    const o = await converse(
      'salon',
      ["can I book a men's cut on friday at 2pm", 'Tom Reyes', '07700 900888', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: men's cut/);
  }, 120_000);

  it('words that name a cut are not vague: "a haircut for my son" is the children\'s cut', async () => {
    const o = await converse(
      'salon',
      ['can I book a haircut for my son on friday at 2pm', 'Tom Reyes', '07700 900888', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: /);
  }, 120_000);
});
