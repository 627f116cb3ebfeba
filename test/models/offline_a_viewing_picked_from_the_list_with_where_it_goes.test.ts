import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Found by chatting at the estate agent's once a move asked before the phone number lists the viewings
// held (forms/lookUpFirst.ts): "the saturday one, can we move it to sunday at 11?" looked the Saturday
// viewing up and then read "11", where it goes, as a pick of none ("Sorry, I'm not sure which one you
// mean"); "the one on summit... no wait the 16th one" moved the first viewing listed, on the 14th ("the
// one" read as the first, the correction unread, and a day of the month not matched to a listed date).
describe('a viewing picked from the list of those held', () => {
  it('with where it goes said alongside, is moved there', async () => {
    const o = await converse(
      'real-estate',
      [
        'hi, need to reschedule a viewing',
        '555-0142',
        'the saturday one, can we move it to sunday at 11?',
        'yes',
      ],
      { tool: 'reschedule_tour', result: { rescheduled: true, tourId: 'TOUR-1' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^You have 2 viewings booked: .*Which one do you mean\?$/);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move your viewing of 220 River Road .* to Sunday/);
  }, 180_000);

  it('by its day of the month, after a slip corrected, is the one on that day', async () => {
    const o = await converse(
      'real-estate',
      [
        'can I reschedule my viewing please',
        '555-0142',
        'the one on summit... no wait the 16th one',
        'the 18th same time',
        'yes',
      ],
      { tool: 'reschedule_tour', result: { rescheduled: true, tourId: 'TOUR-3' } },
    );
    expect(o.unmet).toEqual([]);
    expect(
      toolsOf(o).some(
        (c) => c.tool === 'reschedule_tour' && (c.arguments as { tourId?: string }).tourId === 'TOUR-1',
      ),
    ).toBe(false);
  }, 180_000);
});
