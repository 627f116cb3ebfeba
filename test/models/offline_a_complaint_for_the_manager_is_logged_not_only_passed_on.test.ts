import { describe, expect, it } from 'vitest';
import { informsSomeone } from '../../src/models/offline/specialistBeforePerson.ts';
import { converse } from './offlineScenario.ts';

// Two salon dev rows (dev25, dev28): "I'd like the manager to know about this" and "I want someone to know
// about this" after a balayage gone orange went straight to a person, and the complaint to the manager (the
// salon's log_complaint) was never logged. Telling someone is a complaint to pass on, not a person asked for.
describe('a complaint for the manager is logged, not only passed on', () => {
  it('tells informing someone from asking for a person', () => {
    expect(informsSomeone('I want the manager to know')).toBe(true);
    expect(informsSomeone('please tell the owner, this was awful')).toBe(true);
    expect(informsSomeone('I want to speak to a person about it, the manager should know')).toBe(false);
    expect(informsSomeone('can I talk to the manager')).toBe(false);
  });

  it('logs the complaint first', async () => {
    const o = await converse(
      'salon',
      [
        'my highlights from last week are really uneven and I want the manager to know',
        'Hannah Weiss, 07700 900311',
      ],
      { tool: 'log_complaint', result: { logged: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
