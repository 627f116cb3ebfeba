import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I uploaded a picture of the bathroom, it's PH-3003. be honest, does it need work before we list?" said
// after a draft listing: "list" fitted the photo list, which asked which home. The photo named has one
// look-up that takes it: its analysis.
describe('a photo named by its id', () => {
  it('is analysed, even when the words fit the photo list', async () => {
    const o = await converse(
      'real-estate',
      [
        "We're selling my late father's place, 23 Hawthorn Road in Maplewood, 3 bedrooms.",
        "I've uploaded the bathroom, PH-3003. honestly, should we fix it before we list?",
      ],
      { tool: 'analyze_listing_photo', result: { photoId: 'PH-3003' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((c) => c.tool)).not.toContain('list_listing_photos');
    expect(o.turns[1].reply).toMatch(/vanity/i);
  }, 120_000);
});
