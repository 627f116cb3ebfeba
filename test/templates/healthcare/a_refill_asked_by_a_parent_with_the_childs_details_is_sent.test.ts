import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "Good morning, I am the mother of Tomás Herrera, he has 10 years, born 30 May 2015. He needs more of the
// Montelukast…" (dialogue batch 23, dev): the identity check ran and passed, but "I am the mother of Tomás
// Herrera" (seven words) was kept as part of the request beside it, whose words then stayed at the front
// desk: "How can I help you today?" to a parent who had said how. A clause that is short once the value it
// gives is taken out only gives that value.
describe('a refill asked by a parent with the child’s name and birth date', () => {
  it('is sent once the child is verified, in the same turn, without asking how to help', async () => {
    const o = await converse(
      'healthcare',
      [
        // The dev row's own words (tunable): the English learner's "he has 10 years" keeps it at the desk.
        'Good morning, I am the mother of Tomás Herrera, he has 10 years, born 30 May 2015. He needs more of the Montelukast, the chewable one. Is possible to ask the refill?',
      ],
      { tool: 'request_refill', result: { requested: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['verify_identity', 'request_refill']);
    expect(o.turns[0].reply).not.toMatch(/How can I help you today\?/);
  }, 180_000);

  it('goes on to the request when the clause with the name is itself the request', async () => {
    const o = await converse(
      'healthcare',
      ['I need an appointment with Dr. Okafor next week for Tomás Herrera, born 30 May 2015'],
      { tool: 'verify_identity' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/How can I help you today\?/);
  }, 180_000);
});
