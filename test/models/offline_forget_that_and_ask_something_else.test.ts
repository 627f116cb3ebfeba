import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "actually forget that, how do I upgrade to Scale?" said while TechSupport asks for the account ID: the
 * customer gives up on the webhook check and asks for something else in the same breath. It was read
 * as a cancel only ("No problem, I've stopped there…"), and the question was lost. Then, handed back to
 * Triage, the question was not routed on (the entry agent was held to the arrival's 0.85 confidence),
 * and "upgrade" did not name the plan change.
 */
describe('giving up on a form and asking something else in one message', () => {
  it('drops the form and serves the new request', async () => {
    const o = await converse(
      'support',
      [
        'my webhooks keep failing since yesterday',
        'actually forget that, how do I upgrade to Scale?',
        'ACC-1004',
        'yes',
      ],
      { tool: 'change_plan', result: { changed: true, toPlan: 'Scale' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/I've stopped there/);
    expect(toolsOf(o).filter((t) => t.tool === 'run_webhook_diagnostic')).toHaveLength(1);
  }, 120_000);

  it('"never mind" alone still only stops the form', async () => {
    const o = await converse('support', ['my webhooks keep failing since yesterday', 'never mind'], {
      reply: "I've stopped there",
    });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
