import { describe, expect, it } from 'vitest';
import { inToolWords } from '../../src/models/offline/customerWords.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// Shown Dr. Okafor's openings, a patient said "actually make it dr marin" and got the appointments
// desk's list of what it can do: "make it" is in the desk's words for a cancellation ("I cannot make
// it"), so the message fitted cancelling better than the openings look-up, and neither cleared the bar.
// "make it / make that <value>" corrects a value; only "can't make it" is a cancellation.
describe('"make it <another doctor>" corrects rather than cancels', () => {
  it('reads "make it" before a value as a correction, and "can\'t make it" as it is', () => {
    expect(inToolWords('actually make it dr marin')).not.toMatch(/make it/);
    // Before a number the words stay: "could you make it 11 instead?" says a move (tune16-salon-01).
    expect(inToolWords('make that 3pm')).toBe('make that 3pm');
    for (const text of [
      "I can't make it on friday",
      'i cant make it tomorrow',
      'we cannot make it',
      'can you make it to 5',
    ])
      expect(inToolWords(text)).toBe(text);
  });

  it("offers Dr. Marin's openings and books one, cancelling nothing", async () => {
    const o = await converse(
      'healthcare',
      [
        'i want to see dr okafor on friday morning',
        'dana ruiz 3/12/84',
        'actually make it dr marin',
        'the first one',
      ],
      [
        { reply: '^The next openings with Dr\\. Sofia Marin' },
        { tool: 'book_appointment', result: { booked: true } },
        { never_tools: ['cancel_appointment'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_appointment')?.result as { when?: string };
    expect(booked.when).toMatch(/with Dr\. Sofia Marin$/);
  }, 300_000);
});
