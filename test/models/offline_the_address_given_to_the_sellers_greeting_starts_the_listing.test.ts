import { describe, expect, it } from 'vitest';
import { findNumber } from '../../src/models/offline/numberSaid.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * The sellers' desk greets with "What's the address of the home?". The reply to it is the address, even
 * when it names a neighborhood first ("Lakeview, …" went to the neighborhood desk) or has no word of the
 * listing's (a bare "22 Maple Ave, Lakeview" got the fallback), and a flat's number is no bedroom count.
 */
describe('the address given to the sellers’ greeting starts the listing', () => {
  const opening = 'how would I get my condo up for sale with you?';
  const drafted = { tool: 'draft_listing', result: { drafted: true } };

  it('takes "Lakeview, 301 Elm St unit 4" as the address, with no 4 bedrooms', async () => {
    const o = await converse('real-estate', [opening, 'Lakeview, 301 Elm St unit 4'], drafted);
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('SellerIntake');
    const args = toolsOf(o).find((t) => t.tool === 'draft_listing')?.arguments as Record<string, unknown>;
    expect(args).toMatchObject({ neighborhood: 'Lakeview' });
    expect(args.bedrooms).toBeUndefined();
  }, 120_000);

  it('takes a bare "22 Maple Ave, Lakeview" as the address', async () => {
    const o = await converse('real-estate', [opening, '22 Maple Ave, Lakeview'], drafted);
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('SellerIntake');
  }, 120_000);

  it('reads no count from a flat’s number', () => {
    expect(findNumber('Lakeview, 301 Elm St unit 4', 'bedrooms')).toBeUndefined();
    expect(findNumber('apt 5B, 2 bed', 'bedrooms')).toBe(2);
    expect(findNumber('#12 at 40 Shore Drive, 3 bedrooms', 'bedrooms')).toBe(3);
  });
});
