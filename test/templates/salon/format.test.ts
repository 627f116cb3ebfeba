import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatPrice,
  parseBookingRef,
  parseTimeOfDay,
  phoneDigits,
} from '../../../templates/salon/format.ts';
import { formatDayLong, parseDay } from '../../../templates/shared/calendar.ts';
import { formatTime } from '../../../templates/shared/timeOfDay.ts';

describe('parseTimeOfDay', () => {
  it.each([
    ['book me friday at 2pm', '14:00'],
    ['14:30 please', '14:30'],
    ['2.30 pm', '14:30'],
    ['half past two', '14:30'],
    ['quarter to 11', '10:45'],
    ['quarter past ten', '10:15'],
    ['at 3', '15:00'],
    ['around 11am', '11:00'],
    ["ten o'clock", '10:00'],
    ['noon', '12:00'],
    ['at 10 on saturday', '10:00'],
  ])('reads %j as %s', (text, time) => {
    expect(formatTime(parseTimeOfDay(text)!)).toBe(time);
  });

  it('takes the last time named: "move my 2pm to 4pm" is 16:00', () => {
    expect(formatTime(parseTimeOfDay('move my 2pm to 4pm')!)).toBe('16:00');
  });

  it('ignores dates, booking references, phone numbers and counts', () => {
    expect(formatTime(parseTimeOfDay('on 2031-06-13 at 10:00')!)).toBe('10:00');
    expect(formatTime(parseTimeOfDay('GB-20310613-002 at 11')!)).toBe('11:00');
    for (const text of ['for 2 people', 'in 3 days', 'my number is 07700 900123', 'saturday', '2031-06-13'])
      expect(parseTimeOfDay(text), text).toBeUndefined();
  });
});

describe('parseBookingRef', () => {
  it('normalizes the ways a reference is written', () => {
    for (const raw of ['GB-20310613-002', 'gb 20310613 002', 'GB20310613002'])
      expect(parseBookingRef(raw), raw).toEqual({ ref: 'GB-20310613-002' });
  });

  it('reads a reference cut short after its day as that day only, and rejects the rest', () => {
    expect(parseBookingRef('GB-20310613')).toEqual({ day: '2031-06-13' });
    expect(parseBookingRef('GB-20310230')).toBeNull();
    expect(parseBookingRef('INV-2041')).toBeNull();
    expect(parseBookingRef(undefined)).toBeNull();
  });
});

describe('phoneDigits', () => {
  it('accepts phone numbers and rejects the digit tail of a booking reference', () => {
    expect(phoneDigits('07700 900123')).toBe('07700900123');
    expect(phoneDigits('+44 7700 900123')).toBe('447700900123');
    expect(phoneDigits('20310613-002')).toBeNull();
    expect(phoneDigits('12345')).toBeNull();
  });
});

describe('formatting', () => {
  it('says prices, durations, days and times the way they are read aloud', () => {
    expect(formatPrice(6500)).toBe('$65');
    expect(formatPrice(6550)).toBe('$65.50');
    expect(formatPrice(0)).toBe('free');
    expect(formatDuration(225)).toBe('3 hours 45 minutes');
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDayLong('2031-06-13')).toBe('Friday 13 June 2031');
    expect(formatTime(570)).toBe('09:30');
    expect(parseDay('2031-02-30')).toBeNull();
    expect(parseDay('2031-06-13')).toBe('2031-06-13');
  });
});
