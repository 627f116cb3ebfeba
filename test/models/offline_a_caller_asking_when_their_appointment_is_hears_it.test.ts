import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../src/eval/dialogueEval.ts';
import { onlyNameAndNumber } from '../../src/models/offline/nameAlone.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev17-after-hours-01: "I booked an appointment but I forgot what day it is, can you check?" listed
 * the week's openings, and "Dana Ruiz, 555-0134" then booked the first of them with no pick and no
 * read-back; "do I have any appointments booked?" answered with the name and number got "Which day
 * would you like instead?" (the look-up's question was read as a move's). The day of what the caller
 * holds is looked up; a name and a number to the look-up's question answer it; and only a change the
 * caller asked for is read back after it.
 */
// Dana Ruiz's appointment is seeded a week after the eval's Monday (its clock): "Monday, December 7" in
// the week the test was written.
const danasDay = new Date(dialogueClock().getTime() + 7 * 86_400_000).toLocaleDateString('en-US', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

describe('a caller asking when their appointment is hears it', () => {
  it('a name and a number and nothing else', () => {
    expect(onlyNameAndNumber('Dana Ruiz, 555-0134')).toBe(true);
    expect(onlyNameAndNumber("it's Dana Ruiz and my number is 555-0134")).toBe(true);
    expect(onlyNameAndNumber('book me in friday, Dana Ruiz 555-0134')).toBe(false);
    expect(onlyNameAndNumber('555-0134')).toBe(false);
  });

  it('a forgotten day is looked up, and nothing is booked', async () => {
    const o = await converse(
      'after-hours',
      ['I booked an appointment but I forgot what day it is, can you check?', 'Dana Ruiz, 555-0134'],
      { tool: 'find_mine', result: { found: true, count: 1 }, never_tools: ['book_slot'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toContain(danasDay);
  }, 120_000);

  it('a look-up asked for is answered, not read back as a move', async () => {
    const o = await converse('after-hours', ['do I have any appointments booked?', 'Dana Ruiz', '555-0134'], {
      tool: 'find_mine',
      result: { found: true, count: 1 },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).not.toMatch(/instead/);
    expect(toolsOf(o).some((t) => t.tool === 'reschedule_slot')).toBe(false);
  }, 120_000);

  it('a move asked for is still read back after the look-up', async () => {
    const o = await converse(
      'after-hours',
      ['I need to cancel my appointment', 'Dana Ruiz, 555-0134', 'yes'],
      { tool: 'cancel_slot', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Just to confirm/);
  }, 120_000);
});
