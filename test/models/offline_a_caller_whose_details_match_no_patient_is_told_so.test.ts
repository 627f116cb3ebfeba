import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// A clinic caller whose name and birth date matched no patient heard "Sorry, I didn't catch that. May I
// have your full name, please?", as if nothing had been said: a verification that did not match was not
// read as a failure (`verified: false`), so the waiting request was made again and refused again. Now
// the caller hears that no patient was found, what to check, and that a person can help; the corrected
// details verify and the request waiting on them is made.
describe('a caller whose details match no patient is told so', () => {
  it('says no patient was found, offers a person, and serves the request once the details match', async () => {
    const o = await converse(
      'healthcare',
      [
        "I'd like to check my upcoming appointments",
        'John Smith, born 1980-01-01',
        'oh sorry, Dana Ruiz 1984-03-12',
      ],
      { tool: 'list_appointments', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^I couldn't find a patient with those details\./);
    expect(o.turns[1].reply).toMatch(/check the spelling of your name and your date of birth/);
    expect(o.turns[1].reply).toMatch(/I can pass you to a member of our team\.$/);
    expect(o.turns[1].reply).not.toMatch(/didn't catch that/);
    expect(o.turns[2].reply).toMatch(/You have one upcoming appointment/);
  }, 300_000);

  it('"yes" to that offer reaches a person', async () => {
    const o = await converse(
      'healthcare',
      ["I'd like to check my upcoming appointments", 'John Smith, born 1980-01-01', 'yes'],
      { handoff: 'Human' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'list_appointments')).toHaveLength(1);
  }, 300_000);
});
