import { describe, expect, it } from 'vitest';
import { asksToSpeakToAPerson } from '../../src/models/offline/specialistBeforePerson.ts';
import { converse } from './offlineScenario.ts';

/**
 * dev18-after-hours-10: "Can I please speak to a real person? It's about my dad's test results and I don't
 * want to go through a menu." The rest of the message left the router unsure, and the caller heard the
 * menu they had just refused. Asking outright to speak to a person reaches one, whatever else is said.
 */
describe('a caller asking outright for a person reaches one', () => {
  it('reads the outright request, not a refusal', () => {
    expect(
      asksToSpeakToAPerson("Can I please speak to a real person? It's about my dad's test results"),
    ).toBe(true);
    expect(asksToSpeakToAPerson('I need to talk to a human')).toBe(true);
    expect(asksToSpeakToAPerson("I don't need to talk to a person, just book me in")).toBe(false);
    expect(asksToSpeakToAPerson('can you book me in with a person who does colour')).toBe(false);
  });

  it('hands the caller to a person', async () => {
    const o = await converse(
      'after-hours',
      [
        "Can I please speak to a real person? It's about my dad's test results and I don't want to go through a menu.",
      ],
      { handoff: 'Human' },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
