import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// A QA chat probe (2026-11-27): "cancel the viewing at 12 Summit Drive on June 14" under 555-0142, whose
// June 14 viewing is at 220 River Road: the day alone picked River Road and read it back for
// cancelling. An address said that is none of the caller's viewings names none: both are listed.
describe('a viewing at an address not booked is not cancelled', () => {
  it('lists the viewings under the number instead of reading back River Road', async () => {
    const o = await converse(
      'real-estate',
      ['please cancel my viewing at 12 Summit Drive on June 14', '555-0142', 'yes cancel'],
      { never_tools: ['cancel_tour'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/220 River Road.*8 Elm Street.*Which one/);
    expect(toolsOf(o).map((c) => c.tool)).not.toContain('cancel_tour');
  }, 180_000);
});
