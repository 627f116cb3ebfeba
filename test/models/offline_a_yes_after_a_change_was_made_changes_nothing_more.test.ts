import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * A viewing is booked as soon as the name and number are given; "yes that's right, book it" said next ran
 * `book_tour` again (reported as moved to the same time), and at the salon the same words after "You're
 * booked" were read back as a second booking "yes thats right, book it on Tuesday…". Agreement and nothing
 * more, right after one of the agent's changes went through, is a yes to what is done: no second change.
 * A second request said that way ("ok can I also book a beard trim straight after") is still one.
 */
describe('a yes after a change was made changes nothing more', () => {
  it('the viewing is booked once', async () => {
    const o = await converse(
      'real-estate',
      [
        "i'd like to view 61 Shore Drive on thursday at 3:30",
        'Ines Duarte, 555-0191',
        "yes that's right, book it",
      ],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(toolsOf(o).filter((c) => c.tool === 'book_tour')).toHaveLength(1);
    expect(o.turns[2].reply).toMatch(/anything else/i);
  }, 120_000);

  it('the salon reads back no second booking, and a second service is still asked for', async () => {
    const o = await converse(
      'salon',
      [
        "can i book a men's cut tomorrow at 10am",
        'Tom Reed',
        '07700 900123',
        'yes',
        "yes that's right, book it",
        'ok can i also book a beard trim straight after',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(toolsOf(o).filter((c) => c.tool === 'book_appointment')).toHaveLength(1);
    expect(o.turns[4].reply).toMatch(/anything else/i);
    expect(o.turns[5].reply).toMatch(/^Just to confirm: beard trim/);
  }, 120_000);
});
