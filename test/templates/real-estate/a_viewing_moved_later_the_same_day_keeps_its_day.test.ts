import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * dev24-real-estate-02: asked to cancel "my viewing at 220 River Road on the fourteenth of June", then
 * "Rather than cancel, could we push it to later that afternoon? Three o'clock, same day." was read back as
 * a move to 14 June **2027** (the day said for the cancellation, read as the next 14 June), and "Yes,
 * three p.m. on the fourteenth" as a move to 14 December 2026. "same day" keeps the viewing's day; a day
 * of the month said alone is read in the viewing's month; and a yes that says only what was read back
 * agrees.
 */
describe('a viewing moved later the same day keeps its day', () => {
  it('moves the 14 June 2031 viewing to 3pm that day', async () => {
    const o = await converse(
      'real-estate',
      [
        'Hello, Jonah Fischer here, I want to cancel the River Road viewing on the 14th of June.',
        'The number is 555-0142.',
        'Hmm, actually instead of cancelling can we make it later, 4pm the same day?',
        'yes, 4pm on the 14th, go ahead',
      ],
      [
        { tool: 'reschedule_tour', result: { rescheduled: true, tourId: 'TOUR-1' } },
        { never_tools: ['cancel_tour'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.map((t) => t.reply).join(' ')).not.toMatch(/2027|December 2026/);
    expect(o.turns[3].reply).toMatch(/14 June 2031 at 16:00/);
  }, 180_000);

  it('a yes that gives a new time to the cancellation’s read-back cancels nothing', async () => {
    const o = await converse(
      'real-estate',
      [
        'Hi, I need to cancel my River Road viewing on the 14th of June please.',
        'It is under 555-0142.',
        'yes, 4pm on the 14th, go ahead',
      ],
      { never_tools: ['cancel_tour'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/Just to confirm: move your viewing/);
  }, 180_000);
});
