import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "Oh sorry, it's 81 Larch Avenue, not 18" right after the seller desk started the draft listing: the
// desk's router read a new topic and handed the caller back to the front desk, and the draft kept the
// wrong address. The correction makes the draft again with the corrected address
// (models/offline/forms/changeCorrection.ts), and the conversation's own draft takes it when only the
// house number differs (sellerTools.ts): one draft, at the right address, never a second one beside it.
describe('a seller corrects the house number just given', () => {
  it('corrects the draft listing in place', async () => {
    const o = await converse(
      'real-estate',
      [
        "hello, we're selling our place, it's 18 Larch Avenue in Riverside",
        "oh no sorry, I gave you the wrong number, it's 81 Larch Avenue not 18",
      ],
      { tool: 'draft_listing', result: { drafted: true, corrected: true, address: '81 Larch Avenue' } },
    );
    expect(o.unmet).toEqual([]);
    const drafts = toolsOf(o).filter((t) => t.tool === 'draft_listing');
    expect(drafts).toHaveLength(2);
    const [first, second] = drafts.map((d) => d.result as { listingId: string; created: boolean });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, listingId: first.listingId });
    expect(o.turns[1].agent).toBe('SellerIntake');
    expect(o.turns[1].reply).toMatch(/corrected draft listing LST-\d+ to 81 Larch Avenue/);
  }, 180_000);

  it('starts another draft for a home on another street', async () => {
    const o = await converse(
      'real-estate',
      [
        "hello, we're selling our place, it's 18 Larch Avenue in Riverside",
        'we also want to sell 7 Pine Road in Lakeview',
      ],
      { tool: 'draft_listing', result: { drafted: true, created: true, address: '7 Pine Road' } },
    );
    expect(o.unmet).toEqual([]);
    const ids = toolsOf(o)
      .filter((t) => t.tool === 'draft_listing')
      .map((d) => (d.result as { listingId: string }).listingId);
    expect(new Set(ids).size).toBe(2);
  }, 180_000);
});
