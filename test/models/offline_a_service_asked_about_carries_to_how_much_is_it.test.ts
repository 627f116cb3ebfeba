import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "do you do balayage?" got the front desk's list of what it does, and "how much is it?" then reached
// the colour desk, which asked "What are you thinking of?": the service said a turn earlier was lost.
// Asked whether we offer a thing only one look-up names, the message goes to that look-up; a question
// pointing back ("how much is it?") is about what the message before named; and a question asked
// while the tool waits for a value hears the tool's reason for asking, not "Sorry, I didn't catch that".
describe('a service asked about carries to "how much is it?"', () => {
  it('quotes balayage once the hair length is known', async () => {
    const o = await converse('salon', ['do you do balayage?', 'how much is it?', 'long'], {
      tool: 'color_quote',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    // The prices by length are said with the question (a customer may only be asking).
    const byLength =
      /^Balayage depends on length: \$\d+ for short, \$\d+ for medium, \$\d+ for long hair, .*Is your hair short, medium or long\?$/;
    expect(o.turns[0].reply).toMatch(byLength);
    expect(o.turns[1].reply).toMatch(byLength);
    expect(o.turns[2].reply).toMatch(/^Balayage for long hair is \$\d+/);
    expect(toolsOf(o).every((t) => t.tool === 'color_quote')).toBe(true);
  }, 180_000);

  it('answers "how long does it take?" about the treatment asked of a turn before', async () => {
    const o = await converse('salon', ['hi do you do keratin treatments?', 'how long does it take?'], {
      reply: 'keratin smoothing is \\$\\d+ and takes',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^A keratin smoothing is/);
  }, 180_000);
});
