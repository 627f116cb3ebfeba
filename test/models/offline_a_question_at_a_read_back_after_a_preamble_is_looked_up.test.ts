import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * A demo read back, then "Before you book it - does the Growth plan include call recording? That's the
 * main thing we need": the message neither ended nor opened as a question, and its "book" chose the demo
 * read back, so the read-back was said again and the question never answered. A question sentence inside
 * the reply is a question, and the look-up is chosen on its own words; the demo still waits for the yes.
 */
describe('a question at a read-back after a preamble is looked up', () => {
  it('the plan is looked up, the read-back asked again, and the yes books the demo', async () => {
    const o = await converse(
      'support',
      [
        "Hi, I'd like to book a product demo for our practice group. Name's Elena Marsh",
        'elena@marshvet.example, company is Marsh Veterinary',
        'This Thursday if possible',
        "Before you book it - does the Growth plan include call recording? That's the main thing we need",
        'Great, yes book the demo',
      ],
      { tool: 'book_demo', result: { booked: true, email: 'elena@marshvet.example' } },
    );
    expect(o.turns[3].tools.map((c) => c.tool)).toEqual(['lookup_pricing']);
    expect(o.turns[3].reply).toMatch(/call recording/);
    expect(o.turns[3].reply).toMatch(/Just to confirm: a demo/);
    expect(toolsOf(o).filter((c) => c.tool === 'book_demo')).toHaveLength(1);
    expect(o.turns[4].tools.map((c) => c.tool)).toEqual(['book_demo']);
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
