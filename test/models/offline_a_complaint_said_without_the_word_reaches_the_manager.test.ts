import { describe, expect, it } from 'vitest';
import { voicesDispleasure } from '../../src/models/offline/displeasureAtEntry.ts';
import { threatensAction } from '../../src/models/offline/threatensAction.ts';
import { converse } from './offlineScenario.ts';

/**
 * dev18-salon-08 and -10: "it's gone really brassy and patchy, not what I asked for at all" got the front
 * desk's menu; "my scalp has been burning and blistering ever since, I've had to see my GP" got "Happy to
 * help with your booking", and "I'm already speaking to a solicitor" was no threat. A result that is not
 * what was asked for, and harm that sent the customer to a doctor, are complaints; speaking to a solicitor
 * is legal action, for a person.
 */
describe('a complaint said without the word reaches the manager', () => {
  it('hears displeasure and a threat in these words', () => {
    expect(
      voicesDispleasure("honestly it's gone really brassy and patchy, not what I asked for at all"),
    ).toBe(true);
    expect(voicesDispleasure("my scalp has been burning ever since, I've had to see my GP")).toBe(true);
    expect(voicesDispleasure('I want to see my stylist on Friday')).toBe(false);
    expect(threatensAction("I want compensation for this and I'm already speaking to a solicitor")).toBe(
      true,
    );
    expect(threatensAction("we've instructed a lawyer")).toBe(true);
    expect(threatensAction('my friend is a solicitor, can she book too?')).toBe(false);
  });

  it('a bad colour is logged as a complaint', async () => {
    const o = await converse(
      'salon',
      [
        "I had balayage with you in June and honestly it's gone really brassy and patchy, not what I asked for at all",
      ],
      { tool: 'log_complaint' },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('a threat of legal action goes to a person', async () => {
    const o = await converse(
      'salon',
      [
        "I came in for a root touch-up last week and my scalp has been burning and blistering ever since, I've had to see my GP",
        "I want compensation for this and I'm already speaking to a solicitor",
      ],
      { handoff: 'Human' },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
