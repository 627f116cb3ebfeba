import { describe, expect, it } from 'vitest';
import { asksAboutReadBack } from '../../../src/models/offline/forms/questionAboutReadBack.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "Does the change happen straight away, and is it prorated? Will we keep our old call recordings?" to
// the plan change's read-back (dialogue batch 32, a customer who asks what will happen before agreeing)
// went to the calls desk, which read out a failed call; "Understood. Yes, go ahead and switch us to
// Growth." then got the read-back again, not the change.
describe('questions about the plan change read back', () => {
  it('keep the read-back, and the yes after them makes the change', async () => {
    const o = await converse(
      'support',
      [
        "We'd like to move account ACC-1006 from Scale down to Growth.",
        'Does the change happen straight away, and is it prorated? Will we keep our old call recordings?',
        'Understood. Yes, go ahead and switch us to Growth.',
      ],
      { tool: 'change_plan', result: { changed: true, toPlan: 'Growth' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('Billing');
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['change_plan']);
  }, 180_000);

  it('reads the first question, and "the change" as pointing back', () => {
    expect(asksAboutReadBack('Does the change happen straight away? Will we keep our old recordings?')).toBe(
      true,
    );
    expect(asksAboutReadBack('will the refund go to my card?')).toBe(true);
    // A question about something else first is no question about the change.
    expect(asksAboutReadBack('Can I add seats too? Does the change happen today?')).toBe(false);
  });
});
