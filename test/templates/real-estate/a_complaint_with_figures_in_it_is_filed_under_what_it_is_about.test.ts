import { describe, expect, it } from 'vitest';
import { statedReason } from '../../../src/models/offline/forms/statedReason.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "I want to report a problem. We backed out after the survey, and our $5,000 earnest money still hasn't
 * come back." The case was opened with the first clause only (a clause with a digit was taken for a value,
 * not part of the story), and filed as "other", not as a deposit dispute. A clause that is only a value
 * ("it's been 3 weeks", a reference, a date) still says no reason.
 */
describe('a complaint with figures in it is filed under what it is about', () => {
  it('keeps a clause that tells the story with an amount in it, not one that is a value', () => {
    const why = statedReason(
      "I want to report a problem. We backed out after the survey, our $5,000 earnest money still hasn't come back, it's been 3 weeks",
    );
    expect(why).toContain('earnest money');
    expect(why).not.toContain('3 weeks');
  });

  it('the case is a deposit dispute', async () => {
    const o = await converse(
      'real-estate',
      [
        "I want to report a problem. We backed out after the survey, and our $5,000 earnest money still hasn't come back.",
      ],
      { tool: 'open_escalation', result: { opened: true, category: 'deposit' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'open_escalation')).toHaveLength(1);
  }, 180_000);
});
