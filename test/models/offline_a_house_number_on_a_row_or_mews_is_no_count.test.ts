import { describe, expect, it } from 'vitest';
import { findNumber } from '../../src/models/offline/numberSaid.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// QA chat probes (2026-11-27): "I'm selling my condo at 8 Guild Row in Old Town" drafted a listing with 8
// bedrooms: "Row" was no street word, so the house number was read as the count. Rows, walks, mews,
// views, greens and squares are streets too.
describe('a house number on a row or a mews', () => {
  it('is never a count', () => {
    expect(findNumber('my condo at 8 Guild Row in Old Town', 'bedrooms')).toBeUndefined();
    expect(findNumber('the flat at 3 Kings Mews, 2 bedrooms', 'bedrooms')).toBe(2);
    expect(findNumber('is 2 Harbor View still for sale?')).toBeUndefined();
  });

  it('drafts the listing without a bedroom count it was never told', async () => {
    const o = await converse('real-estate', ["Hi, I'm selling my condo at 8 Guild Row in Old Town"], {
      tool: 'draft_listing',
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0].arguments).not.toHaveProperty('bedrooms');
  }, 120_000);
});
