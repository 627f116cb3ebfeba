import { describe, expect, it } from 'vitest';
import { threatensAction } from '../../../src/models/offline/threatensAction.ts';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "I'm calling about the cottage on Willow Court, could I see it on Thursday?" was handed to a person as a
 * threat of legal action ("calling … court"). A court is the law's only where one goes ("take you to
 * court", "small claims court"). And "5 Mill Row, Old Town. 3 bed 2 bath", the answer to the seller desk's
 * address question, was sent to the buyers' search on its bedrooms.
 */
describe('a home on a street called Court is no legal threat', () => {
  it('tells a street from a court of law', () => {
    expect(threatensAction("I'm calling about the cottage on Willow Court")).toBe(false);
    expect(threatensAction("I'm taking you to court over this")).toBe(true);
    expect(threatensAction("we're going to small claims court")).toBe(true);
  });

  it('a viewing asked about a home on a Court is booked, not handed to a person', async () => {
    const o = await converse(
      'real-estate',
      [
        "hello, I'm calling about the cottage on Willow Court, could I see it on Thursday at 2pm?",
        'Ann Lowe',
        '555-0144',
      ],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).not.toBe('Human');
  }, 180_000);

  it("a street address answering the seller desk's question starts the listing", async () => {
    const o = await converse(
      'real-estate',
      ["I'd like to sell my place", '5 Mill Row, Old Town. 3 bed 2 bath'],
      {
        tool: 'draft_listing',
        result: { drafted: true, address: '5 Mill Row' },
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
