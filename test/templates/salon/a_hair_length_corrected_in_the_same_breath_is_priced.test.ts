import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * dev24-salon-01: "My hair's long. Well, actually, no, it's more medium really, it's just past my
 * shoulders." was priced for long hair ($240 rather than $220) and booked so: the length read was the
 * first said, not the one after the correction, and "just past my shoulders" counted as long. Then
 * "let's book that" was read back as "that with Aisha on …": the colour quoted is named instead.
 */
describe('a hair length corrected in the same breath is priced', () => {
  it('prices the length said after the correction, and names the colour at the read-back', async () => {
    const o = await converse(
      'salon',
      [
        'how much do you charge for a full head of highlights?',
        "it's short. oh no sorry, I mean medium, it sits just below my shoulders",
        'great, book that for me with Maya on Friday at 10',
        'Rosa Quinn, 07700 900651',
      ],
      { tool: 'color_quote', result: { found: true, hairLength: 'medium' } },
    );
    expect(o.unmet).toEqual([]);
    const quotes = toolsOf(o).filter((t) => t.tool === 'color_quote' && (t.result as any).found);
    expect(quotes.map((q) => (q.result as any).hairLength)).toEqual(['medium']);
    const readBack = o.turns.at(-1)?.reply ?? '';
    expect(readBack).toMatch(/Just to confirm: [\w -]*highlights with Maya/i);
    expect(readBack).not.toMatch(/confirm: that\b/i);
  }, 180_000);
});
