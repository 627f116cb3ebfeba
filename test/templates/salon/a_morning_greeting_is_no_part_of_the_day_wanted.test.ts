import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "morning, have you got anything on saturday for a beard trim?" listed Saturday morning's times only: the
// greeting opening the message was read as the part of the day wanted. "morning," opening a sentence of
// its own is a greeting; "morning, if possible" still answers which part of the day.
describe('a morning greeting is no part of the day wanted', () => {
  it('lists Saturday’s free times, all day, and books the one picked', async () => {
    const o = await converse(
      'salon',
      [
        'morning, have you got anything on saturday for a beard trim?',
        '12:00',
        'Omar Haddad 07700 900765',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true }, never_tools: ['list_services'] },
    );
    expect(o.unmet).toEqual([]);
    const search = toolsOf(o).find((t) => t.tool === 'check_availability');
    expect(search?.arguments).not.toHaveProperty('partOfDay', 'morning');
  }, 180_000);

  it('still takes "morning, if possible" as the part of the day', async () => {
    const o = await converse('salon', ['can I book a beard trim on saturday', 'morning, if possible'], {
      tool: 'check_availability',
    });
    expect(o.unmet).toEqual([]);
    // Saturday is listed whole first (a day said without a time, stop 84); the reply narrows it to the morning.
    const search = o.turns[1].tools.find((t) => t.tool === 'check_availability');
    expect(search?.arguments).toHaveProperty('partOfDay', 'morning');
  }, 180_000);
});
