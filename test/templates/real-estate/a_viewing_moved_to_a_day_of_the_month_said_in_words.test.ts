import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "the River Road one on Saturday the fourteenth of June … could we do the Saturday after instead, the
 * twenty-first?": "twenty-first" said in words was written "20-first" and read as no day, and once read
 * as the 21st it fell in the coming month, not the viewing's (dev24: it moved to 5 December 2026, then to
 * 21 December). The day the caller says the viewing is on, pinned by its weekday, is the month a day of
 * the month alone is read in.
 */
describe('a viewing moved to a day of the month said in words', () => {
  it('moves the June 2031 viewing to Saturday 21 June 2031', async () => {
    const o = await converse(
      'real-estate',
      [
        'Hi, I have two viewings booked and want to move one, the River Road one on Saturday the fourteenth of June.',
        'Jonah Fischer, the number is 555-0142.',
        'Could we do the Saturday after instead, the twenty-first, at half past ten?',
        'yes please',
      ],
      [
        { tool: 'reschedule_tour', result: { rescheduled: true, tourId: 'TOUR-1' } },
        { never_tools: ['cancel_tour'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/21 June 2031/);
  }, 180_000);
});
