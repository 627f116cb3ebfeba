import { describe, expect, it } from 'vitest';
import { asksToSpeakToAPerson } from '../../src/models/offline/specialistBeforePerson.ts';
import { converse } from './offlineScenario.ts';

describe('a customer who would rather discuss it with a member of the team', () => {
  it('reads discussing something with a member of the team as asking for a person', () => {
    expect(
      asksToSpeakToAPerson('I would prefer to discuss the price with a member of your team directly'),
    ).toBe(true);
    expect(asksToSpeakToAPerson('can I go over my options with a staff member')).toBe(true);
    expect(asksToSpeakToAPerson("I don't need to talk to a member of your team")).toBe(false);
    expect(asksToSpeakToAPerson('I want to discuss my colour with Maya')).toBe(false);
  });

  it('passes a group booking’s price talk to a person, not to the booking desk', async () => {
    const o = await converse(
      'salon',
      [
        'Good morning, we would need hair done for six people on the morning of a wedding in the autumn.',
        'Thank you. In that case I would prefer to discuss the arrangements and the price with a member of your team directly, please, rather than book anything today.',
      ],
      [{ handoff: 'Human' }, { never_tools: ['book_appointment', 'check_availability'] }],
    );
    // Before: the booking desk asked which day, on "book" and "price".
    expect(o.turns[1].handoffs.at(-1)).toMatch(/->Human$/);
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
