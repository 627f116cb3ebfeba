import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "hi im dana ruiz 3/12/1984 i want to pay my bill" offered a payment plan ("Over how many months…"): the
// birth date's 3 and 12 were the plan's "3, 6 or 12 months" to the tool matcher, and 3 its months. And
// "sorry I meant 1984" after "dob 1985-03-12" found nobody was no date, so nothing was tried again (chat
// probes, 2026-11-27).
describe('a birth date is no amount or plan, and its year can be corrected', () => {
  it('pays the bill with the card on file, never a plan', async () => {
    const o = await converse(
      'healthcare',
      ['hi im dana ruiz 3/12/1984 i want to pay my bill', 'use the card on file', 'yes'],
      { tool: 'pay_by_card_or_link', never_tools: ['pay_in_installments'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/^Just to confirm: pay your whole balance/);
  }, 180_000);

  it('verifies after "sorry I meant 1984"', async () => {
    const o = await converse('healthcare', ["I'm Dana Ruiz, dob 1985-03-12", 'sorry I meant 1984'], {
      tool: 'verify_identity',
      result: { verified: true },
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ fullName: 'Dana Ruiz', dob: '1984-03-12' });
  }, 180_000);

  // "Oh dear, I'm sorry, it's 1952. September 14, 1952." (dialogue batch 26): the year said alone came
  // first, and "September 14" beside it was read as of the epoch's year, 1970-09-14.
  it('verifies when the corrected year is said alone before the whole date', async () => {
    const o = await converse(
      'healthcare',
      ['this is Grace Liu, born 14 September 1953', "Goodness, I'm sorry, it's 1952. September 14, 1952."],
      { tool: 'verify_identity', result: { verified: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ fullName: 'Grace Liu', dob: '1952-09-14' });
  }, 180_000);
});
