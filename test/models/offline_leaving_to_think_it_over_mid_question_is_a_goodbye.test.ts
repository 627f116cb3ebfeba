import { describe, expect, it } from 'vitest';
import { onlyCourtesy } from '../../src/models/offline/forms/closing.ts';
import { converse } from './offlineScenario.ts';

/**
 * A customer is quoted for keratin smoothing and asked their hair length, and leaves to think it over:
 * "Lovely, I'll have a think and maybe come back after payday. Thanks!". The leaving words only knew one
 * clause, so it was read as the length: "Sorry, I didn't catch that. Is your hair short, medium or long?".
 */
describe('leaving to think it over mid-question is a goodbye', () => {
  it('says goodbye instead of asking the hair length again', async () => {
    const o = await converse(
      'salon',
      [
        'how much do you charge for keratin smoothing?',
        "Lovely, I'll have a think and maybe come back after payday. Thanks!",
      ],
      { reply: 'Thanks for getting in touch' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/didn't catch/);
    expect(o.turns[1].tools).toEqual([]);
  }, 120_000);

  it('knows leaving in two clauses and with a when, and not a request after it', () => {
    expect(onlyCourtesy("I'll come back once I've checked my diary, thanks")).toBe(true);
    expect(onlyCourtesy("ok I'll think about it and call back tomorrow")).toBe(true);
    expect(onlyCourtesy("I'll come back to the colour question, what time is free friday?")).toBe(false);
    expect(onlyCourtesy("I'll book it for friday then")).toBe(false);
  });
});
