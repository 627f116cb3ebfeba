import { describe, expect, it } from 'vitest';
import { comparedOptions } from '../../../src/models/offline/forms/comparedOptions.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// A comparer (dialogue batch 28, dev): "What's the difference in price and time between a keratin
// smoothing and a deep conditioning?" was quoted only the deep conditioning, and "I'm trying to decide
// between balayage and full-head highlights" only the highlights.
describe('two services compared in one question', () => {
  it('are read as the two options', () => {
    expect(comparedOptions('torn between a toner and a full colour, which is cheaper?')).toEqual([
      'a toner',
      'a full colour',
    ]);
    expect(comparedOptions('balayage vs highlights price?')).toEqual(['balayage', 'highlights price']);
    expect(comparedOptions('how much is a toner and a blow-dry')).toBeUndefined();
  });

  it('are both quoted, with one offer at the end', async () => {
    const o = await converse(
      'salon',
      ["torn between a toner and a full colour for my long hair, what's the price difference?"],
      [{ reply: '\\$140' }, { reply: '\\$55' }],
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'color_quote')).toHaveLength(2);
    expect(o.turns[0].reply.match(/Would you like me to book it\?/g)?.length ?? 0).toBeLessThanOrEqual(1);
  }, 180_000);
});
