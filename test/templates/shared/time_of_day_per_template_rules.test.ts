import { describe, expect, it } from 'vitest';
import { formatTime, timeOfDayParser } from '../../../templates/shared/timeOfDay.ts';

const afternoonShop = timeOfDayParser({ references: /\bref-?\d{3,}\b/, afternoonUpTo: 7 });
const asWritten = timeOfDayParser({ references: /\bref-?\d{3,}\b/, afternoonUpTo: 0 });
const read = (parse: typeof afternoonShop, text: string) => {
  const minutes = parse(text);
  return minutes === undefined ? undefined : formatTime(minutes);
};

describe('a caller names a time of day', () => {
  it.each([
    ['2pm', '14:00'],
    ['14:30', '14:30'],
    ['2.30 p.m.', '14:30'],
    ['half past two', '14:30'],
    ['quarter to 11', '10:45'],
    ['twelve am', '00:00'],
    ['around noon', '12:00'],
  ])('reads "%s" as %s', (text, time) => {
    expect(read(afternoonShop, text)).toBe(time);
  });

  it('takes the last time named when several are', () => {
    expect(read(afternoonShop, 'move my 2pm to 4pm')).toBe('16:00');
  });

  it('reads a bare 1 to 7 as the afternoon only where the template says so', () => {
    expect(read(afternoonShop, 'at 3')).toBe('15:00');
    expect(read(afternoonShop, 'at 8')).toBe('08:00');
    expect(read(asWritten, 'at 3')).toBe('03:00');
  });

  it("ignores the template's references, dates, phone numbers and counts", () => {
    expect(read(afternoonShop, 'REF-1234 on 2031-06-13 at 10:00')).toBe('10:00');
    for (const text of ['ref 1234', 'call 555 0100 123', 'for 2 people', 'by 3 days', '']) {
      expect(afternoonShop(text), text).toBeUndefined();
    }
  });
});

describe('a time is read back', () => {
  it('pads hours and minutes to two digits', () => {
    expect(formatTime(570)).toBe('09:30');
    expect(formatTime(870)).toBe('14:30');
  });
});
