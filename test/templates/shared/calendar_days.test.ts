import { describe, expect, it } from 'vitest';
import {
  formatDayLong,
  formatDayShort,
  MONTHS,
  parseDay,
  todayIso,
  WEEKDAYS,
  weekdayOf,
} from '../../../templates/shared/calendar.ts';

describe('a day given by a caller or a model', () => {
  it('is kept only when it is a real calendar day', () => {
    expect(parseDay(' 2031-06-13 ')).toBe('2031-06-13');
    expect(parseDay('2031-02-30')).toBeNull();
    expect(parseDay('13/06/2031')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });

  it('has a weekday counted from Sunday, as the database does', () => {
    expect(weekdayOf('2031-06-13')).toBe(5);
    expect(WEEKDAYS[weekdayOf('2031-06-15')]).toBe('Sunday');
  });
});

describe('a day read aloud', () => {
  it('says the year for bookings far ahead, and leaves it out for visits this year', () => {
    expect(formatDayLong('2031-06-13')).toBe('Friday 13 June 2031');
    expect(formatDayShort('2025-06-12')).toBe('Thursday, June 12');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDayLong('soon')).toBe('soon');
    expect(formatDayShort('soon')).toBe('soon');
  });

  it('names months from January', () => {
    expect(MONTHS[0]).toBe('January');
    expect(MONTHS).toHaveLength(12);
  });
});

describe('today', () => {
  it('is the UTC calendar day, whatever the local time zone', () => {
    expect(todayIso(new Date('2031-06-13T23:30:00-05:00'))).toBe('2031-06-14');
  });
});
