import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// QA chat probes (2026-11-27): to the clinic's three openings, "Do you have anything on Tuesday December
// 1st in the morning?" booked the first of them (a Saturday) with the question as the visit's reason.
// Three readings took it as a pick: the openings' tool keeps the first one as "that one" and the booking
// took it from the state (forms/offerDefault.ts); "are there any openings…" named the first opening by
// "openings", the one word only the offer's opening sentence had (pendingRequests.ts); "is there
// anything…" named it by the example in WordNet's gloss of "opening" ("there was a small opening between
// the trees", glossedPick.ts). A question whether there is something else picks none of them: the openings
// of the day it asks about are listed, and the pick after that books the one picked.
describe('a question for other openings', () => {
  for (const question of ['is there anything on Thursday?', 'are there any openings Thursday afternoon?']) {
    it(`lists that day's openings for "${question}"`, async () => {
      const o = await converse('healthcare', ['I need to book a checkup', question], {
        tool: 'find_appointment_slots',
      });
      expect(o.unmet).toEqual([]);
      expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_appointment');
      expect(o.turns[1].reply).toMatch(/openings at the clinic are Thursday/);
    }, 120_000);
  }

  it('books the opening picked from the list it asked for', async () => {
    const o = await converse(
      'healthcare',
      [
        'I need to book a checkup',
        'is there anything on Thursday?',
        'the 9:00 with Okafor',
        'Dana Ruiz 3/12/1984',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/Thursday, \w+ \d+ at 09:00 with Dr\. Amara Okafor/);
  }, 120_000);

  // At the night line, "instead" had read it as a change to a record shown (recordFollowUp.ts): it looked
  // up the caller's own booking and offered Tuesday's openings again.
  it('lists the other day at the night line and books the pick from it', async () => {
    const o = await converse(
      'after-hours',
      [
        'I need an appointment tomorrow morning if possible',
        'do you have anything on Thursday instead?',
        'the 9:30 one',
        'Paul Grant 555-0144',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/openings are Thursday/);
    expect(o.turns.at(-1)!.reply).toMatch(/Thursday, \w+ \d+ at 09:30 with Dr\. Whitfield/);
  }, 120_000);

  // A change proposed as a question still moves the booking looked up, which the state holds.
  it('leaves a move asked as a question to the booking looked up', async () => {
    const o = await converse(
      'salon',
      [
        "Hi, I need to move my appointment, I've lost the reference but my mobile is 07700 900303",
        'could we do the 12th instead, same time?',
        'yes please',
      ],
      { tool: 'reschedule_booking', result: { changed: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
