import { describe, expect, it } from 'vitest';
import { requestClauses } from '../../src/models/offline/forms/statedReason.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a request whose asking clause names one desk’s change, among words that fit another', () => {
  it('reads "…and I’d like to move it" as a request clause of its own', () => {
    expect(requestClauses("We can't make the day it's booked for and I'd like to move it.")).toContain(
      "I'd like to move it",
    );
  });

  it('gives "want to just pay it off" to the billing desk, not the coverage of physical therapy', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi I got a statement for physical therapy, want to just pay it off',
        'Omar Haddad, born June 19 1987',
        'yes',
      ],
      [
        { tool: 'pay_by_card_or_link', result: { paid: true } },
        { never_tools: ['check_procedure_coverage'] },
      ],
    );
    // Before: the insurance desk said physical therapy is covered, and the bill was never paid.
    expect(toolsOf(o)[0].tool).toBe('lookup_balance');
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('starts the move of the son’s school physical, asking who he is first', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hello, I'm calling about my son's school physical. We can't make the day it's booked for and I'd like to move it.",
      ],
      { never_tools: ['reschedule_appointment'] },
    );
    // Before: the front desk's menu ("I can help with appointments, insurance, bills…").
    expect(o.turns[0].reply).toMatch(/verify your identity/i);
    expect(toolsOf(o)[0].tool).toBe('list_appointments');
  }, 120_000);
});
