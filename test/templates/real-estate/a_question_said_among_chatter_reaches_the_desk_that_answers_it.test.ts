import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "Nice one. Are the schools decent over there? we have a toddler haha" after a search: the question is
 * the neighborhood desk's, and the desk greeted the buyer with "Which one are you curious about?" about
 * the area just searched: opened by "nice one" and closed by chatter, the message was not read as a
 * question, which its one look-up answers with the area in hand. A question said among other things is
 * also routed on its own when the whole message goes nowhere.
 */
describe('a question said among chatter reaches the desk that answers it', () => {
  it('the schools of the area just searched are described', async () => {
    const o = await converse(
      'real-estate',
      [
        'we want to buy in Cedar Heights, budget 800k, 3 bedrooms',
        'Nice one. Are the schools decent over there? we have a toddler haha',
      ],
      { tool: 'describe_neighborhood', result: { found: true, neighborhood: 'Cedar Heights' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'describe_neighborhood')).toHaveLength(1);
  }, 180_000);
});
