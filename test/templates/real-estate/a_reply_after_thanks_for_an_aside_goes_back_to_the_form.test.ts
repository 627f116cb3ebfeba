import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "Okay, good to know. So yeah, Saturday at eleven is good." after the schools were described mid-booking
// (dialogue batch 24, dev): the thanks made the reply too long to read as the answer to the viewing's
// question, and the front desk took it as a new request and said its menu.
describe('a reply after thanks for an aside', () => {
  it('goes back to the form the aside interrupted', async () => {
    const o = await converse(
      'real-estate',
      [
        'can I book a viewing of 8 Elm Street for Saturday at 11am',
        'Hang on, what is the walk score like in Maplewood?',
        "Okay, that's helpful, thanks. Anyway, the name is Dev Malhotra",
        '555-0148',
        'yes',
      ],
      { tool: 'book_tour' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/walk score/i);
    expect(o.turns[2].agent).toBe('TourBooker');
    expect(toolsOf(o).find((t) => t.tool === 'book_tour')?.arguments).toMatchObject({
      clientName: 'Dev Malhotra',
    });
  }, 180_000);
});
