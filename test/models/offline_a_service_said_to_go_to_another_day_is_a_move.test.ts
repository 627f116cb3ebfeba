import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "Could my toner go to Saturday the 21st at 11 instead?" at the salon's front desk was read as a new
// booking: the booking desk read the whole message back as the service and, on a yes, booked a second
// toner in August of another year beside the one the caller meant to move. Something of the caller's own
// said to go to another day or time is the visit, whatever it is named by.
describe('a service of the caller said to go to another day is a move', () => {
  it('moves the toner to the Saturday after it and books nothing', async () => {
    const o = await converse(
      'salon',
      [
        "Hi, it's Grace Obi, 07700 900931. Could my toner go to Saturday the 21st at 11 instead?",
        'Yes please',
      ],
      [
        { tool: 'reschedule_booking', result: { changed: true, reference: 'GB-20310619-001' } },
        { never_tools: ['book_appointment'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(
      /move your toner and gloss on Thursday 19 June 2031.*to Saturday 21 June 2031/,
    );
    expect(toolsOf(o).filter((t) => t.tool === 'reschedule_booking')).toHaveLength(1);
  }, 180_000);

  it('asks which booking for a cut said to be moved to a weekday, and books nothing', async () => {
    const o = await converse('salon', ['hi, can my cut be moved to friday?'], {
      never_tools: ['book_appointment'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('CustomerService');
  }, 180_000);
});
