import { describe, expect, it } from 'vitest';
import { asksAboutReadBack } from '../../src/models/offline/forms/questionAboutReadBack.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "and that's prorated right?" said to a plan change's read-back was handed to the front desk on
// "prorated" and "right", and the yes that followed was lost. A short question pointing back at the
// change ("that's", "it's", "will that …") stays with the read-back; the yes then runs the change.
describe('a question about the read-back keeps the change', () => {
  it('moves the plan after "it is prorated, yeah?" at the read-back', async () => {
    const o = await converse(
      'support',
      ['please upgrade our plan to Scale', 'ACC-1005', "it's prorated, yeah?", 'ok yes'],
      { tool: 'change_plan', result: { changed: true, accountId: 'ACC-1005', toPlan: 'Scale' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].agent).toBe('Billing');
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['change_plan']);
  }, 180_000);

  it('reads questions about the change, not new requests, as about the read-back', () => {
    expect(asksAboutReadBack("and that's prorated right?")).toBe(true);
    expect(asksAboutReadBack('will that show on my next bill?')).toBe(true);
    expect(asksAboutReadBack('is it possible to add two seats too?')).toBe(false);
    expect(asksAboutReadBack("that's prorated")).toBe(false);
    expect(asksAboutReadBack('how much is Scale?')).toBe(false);
  });
});
