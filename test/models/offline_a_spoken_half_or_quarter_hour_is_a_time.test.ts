import { describe, expect, it } from 'vitest';
import { writtenAsDigits } from '../../src/models/offline/spokenNumbers.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "Nine thirty's fine" was written "930's fine": an hour and its minutes were a time only after "at" or
 * before "pm", so the 9:30 opening was never picked by it. An hour and a quarter or half hour said alone is
 * a time; a spoken price is not ("about two fifty a month" had become 2:50), nor a reference's digits.
 */
describe('a spoken half or quarter hour is a time', () => {
  it('writes the time said alone as a clock time', () => {
    expect(writtenAsDigits("nine thirty's fine")).toBe("9:30's fine");
    expect(writtenAsDigits('ten fifteen please')).toBe('10:15 please');
    expect(writtenAsDigits('ok four forty five then')).toBe('ok 4:45 then');
  });

  it('leaves money, counts and references as numbers', () => {
    expect(writtenAsDigits('about two fifty a month')).toBe('about 250 a month');
    expect(writtenAsDigits('I paid three thirty last month')).toBe('I paid 330 last month');
    expect(writtenAsDigits('L S T ten fifteen')).toBe('LST-1015');
    expect(writtenAsDigits('room nine thirty')).toBe('room 930');
  });

  it('picks the opening at the time said', async () => {
    const o = await converse(
      'after-hours',
      ['what openings do you have on Thursday?', 'nine thirty works for me', 'Ana Ortiz, 555-0150'],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const booked = JSON.stringify(toolsOf(o).find((t) => t.tool === 'book_slot')?.result);
    expect(booked).toMatch(/Thursday, [A-Za-z]+ \d+ at 09:30/);
  }, 180_000);
});
