import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../../src/eval/dialogueEval.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// The Tuesday of the week after the eval's (its clock is the coming Monday): "dec 8" in the week the test
// was written, a day already gone in the weeks after.
const day = new Date(dialogueClock().getTime() + 8 * 86_400_000);
const month = day.toLocaleDateString('en-US', { month: 'long', timeZone: 'UTC' });
const said = `${month.slice(0, 3).toLowerCase()} ${day.getUTCDate()}`;
const offered = new RegExp(`${month} ${day.getUTCDate()} at 08:30`);

// "i need to book a follow up with dr patel on dec 8": the booking takes a slot, not a day, so it offered
// Dr. Patel's next openings from today, and "8:30 please" booked Saturday's 8:30 (a chat probe,
// 2026-11-27). With no slot chosen, the day said goes to the openings look-up (forms/beforeTheChange.ts).
describe('a booking for a named day offers that day’s openings', () => {
  it('lists the day named with Dr. Patel and books its 8:30', async () => {
    const o = await converse(
      'healthcare',
      ['Omar Haddad 1987-06-19', `i need to book a follow up with dr patel on ${said}`, '8:30 please'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'find_appointment_slots')?.arguments).toMatchObject({
      provider: 'Patel',
    });
    expect(o.turns[1].reply).toMatch(offered);
    expect(o.turns[2].reply).toMatch(offered);
  }, 180_000);

  it('a complaint naming a day lists no openings (salon)', async () => {
    const o = await converse(
      'salon',
      ['the haircut I got on saturday is awful and uneven, I want to complain'],
      {
        tool: 'log_complaint',
        never_tools: ['check_availability'],
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
