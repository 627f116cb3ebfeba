import { describe, expect, it } from 'vitest';
import { restatesWithAgreement } from '../../src/models/offline/forms/plainConfirmation.ts';
import { converse, toolsOf } from './offlineScenario.ts';

const TURNS = [
  'I need to move my viewing at 12 Summit Drive to two in the afternoon, same day.',
  "It's under 555-0187, Sofia Rossi.",
];

describe('a yes that says the move back, then "Go on ahead." in a sentence of its own', () => {
  it('counts the go-ahead sentence as agreement, not as length', () => {
    expect(restatesWithAgreement("Yes ma'am, two o'clock on the fourteenth. Go on ahead.")).toBe(true);
    // A long reply that is not only agreement still is not.
    expect(
      restatesWithAgreement(
        "Yes, two o'clock on the fourteenth, and could you also tell me about the parking there",
      ),
    ).toBe(false);
  });

  it('moves the viewing to 2pm the same day', async () => {
    const o = await converse(
      'real-estate',
      [...TURNS, "Yes ma'am, two o'clock on the fourteenth. Go on ahead."],
      {
        tool: 'reschedule_tour',
        result: { rescheduled: true },
      },
    );
    // Before: read back again ("… to Saturday 14 June 2031 at 2pm. Shall I go ahead?"), never moved.
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(
      /^Done: your viewing of 12 Summit Drive is now on Saturday 14 June 2031 at 14:00/,
    );
  }, 120_000);

  it('reads back anew a yes that gives another time', async () => {
    const o = await converse('real-estate', [...TURNS, "Yes, four o'clock on the fourteenth. Go ahead."], {
      never_tools: ['reschedule_tour'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: .*4pm/);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('reschedule_tour');
  }, 120_000);
});
