import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "Oh, before we book, what are the property taxes like in Maplewood?" to "May I have your full name?"
// (dialogue batch 26, dev): the viewing took "Oh" as the client's name and asked for the phone number.
describe('a question asked when the name is', () => {
  it('is answered, and the name is asked again', async () => {
    const o = await converse(
      'real-estate',
      [
        "I'd like to see 8 Elm Street on Saturday at 11am",
        'Oh, hold on, are the schools any good in Maplewood?',
        'Dev Malhotra, 555-0148',
        'yes',
      ],
      { tool: 'book_tour' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Maplewood/);
    expect(toolsOf(o).find((t) => t.tool === 'book_tour')?.arguments).toMatchObject({
      clientName: 'Dev Malhotra',
    });
  }, 180_000);
});
