import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "do you have any openings on friday?" got the salon's opening hours: its hours topic matched "open"
// at the start of "openings". And "what are your opening hours?" reached the clinic's appointments
// (the after-hours line listed free slots; the clinic's front desk said what it could do). Hours are a
// fixed answer where the template states them (templates/shared/hoursQuestion.ts); openings are free times.
describe('hours asked are answered, and openings asked are listed', () => {
  it.each([
    ['salon', /^We're open Tuesday to Saturday/],
    ['healthcare', /^We're open every day from 8:00 to 18:00/],
    ['after-hours', /^The clinic is open every day from 8:00 to 18:00/],
  ])(
    '%s answers "what are your opening hours?"',
    async (template, reply) => {
      const o = await converse(template, ['what are your opening hours?'], { reply: reply.source.slice(1) });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].reply).toMatch(reply);
      expect(toolsOf(o)).toEqual([]);
    },
    180_000,
  );

  // The business named instead of "you": the clinic's reception listed the morning's free slots, and the
  // after-hours line put the caller through to billing ("the office").
  it.each([
    ['salon', /^We're open Tuesday to Saturday/, 'when does the salon open in the morning'],
    [
      'healthcare',
      /^We're open every day from 8:00 to 18:00/,
      'what time does the surgery open in the morning',
    ],
    [
      'after-hours',
      /^The clinic is open every day from 8:00 to 18:00/,
      'hey when does the office open in the morning',
    ],
  ])(
    '%s answers the hours asked of the business by name ("%s")',
    async (template, reply, message) => {
      const o = await converse(template, [message], { reply: reply.source.slice(1) });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].reply).toMatch(reply);
      expect(toolsOf(o)).toEqual([]);
    },
    180_000,
  );

  // (Still missed, docs/dialogue.md: the salon's "openings tomorrow", the clinic's "openings on friday".)
  it.each([
    ['salon', 'check_availability', 'do you have any openings on friday?'],
    ['healthcare', 'find_appointment_slots', 'do you have any openings tomorrow?'],
    ['after-hours', 'find_open_slots', 'do you have any openings tomorrow?'],
  ])(
    '%s lists free times for openings asked',
    async (template, tool, message) => {
      const o = await converse(template, [message], { tool });
      expect(o.unmet).toEqual([]);
    },
    180_000,
  );
});
