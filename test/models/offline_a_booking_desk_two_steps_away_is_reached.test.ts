import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// After the nurse line's advice, "can we get her in tomorrow then? afternoon is better" got "Tell me what
// symptoms you're having": the booking desk is two steps away (up to the clinical lead, down to
// scheduling). A change no neighbour makes goes one step towards the one agent nearest that makes it.
// "it'll be under her name, Sophie Marchetti" is then the name, not a booking to look up.
describe('a booking desk two steps away', () => {
  it('is reached from the nurse line, and the child is booked', async () => {
    const o = await converse(
      'after-hours',
      [
        'my 5 year old says his ear hurts, no temperature though. should he be seen tonight?',
        'ok thanks. can we get him in tomorrow? afternoon is best',
        'the first one',
        "it'll be under his name, Leo Marchetti",
        '555-0412',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('Scheduler');
    expect(o.turns.at(-1)!.reply).toMatch(/Leo Marchetti/);
  }, 120_000);
});
