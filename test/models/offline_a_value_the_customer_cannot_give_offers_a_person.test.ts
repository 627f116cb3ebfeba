import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "i dont know my account number" to the account question got "Sorry, I didn't catch that." and the same
// question again (a chat probe). Saying one cannot give a value is no slip to rephrase: the question is
// said again with where to find it, and a person is offered; the value found later still serves.
describe('a value the customer cannot give offers a person', () => {
  it('offers a person, and still looks the balance up when the account is found', async () => {
    const o = await converse(
      'after-hours',
      [
        'hi i want to know how much i owe, im Omar Haddad',
        'i dont know my account number',
        'oh found it AC-2005',
      ],
      { tool: 'lookup_balance', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^No problem\. .*member of our team\.$/);
    expect(o.turns[1].reply).not.toMatch(/didn't catch/);
  }, 180_000);

  it('passes the caller to a person on yes', async () => {
    const o = await converse(
      'after-hours',
      ['hi i want to know how much i owe, im Omar Haddad', 'i dont know my account number', 'yes please'],
      { handoff: 'Human' },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
