import { describe, expect, it } from 'vitest';
import { converse, openingsListed, toolsOf } from './offlineScenario.ts';

/**
 * "I need an appointment friday after 2" listed the clinic's morning openings, and "any openings tomorrow
 * after 11?" the line's 9:00: only the salon's free times took the earliest time a caller can come. Every
 * template's openings tool now takes it, and the offline model passes the earliest time said, so the
 * openings offered start there and "the first one" books one the caller can make.
 */
const clock = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

describe('a booking asked after a time lists openings from there', () => {
  it('the salon lists and books from four', async () => {
    const o = await converse(
      'salon',
      ["hi can I book a men's cut thursday after 4", 'the first one', 'Priya Shah', '07700 900555', 'yes'],
      { tool: 'book_appointment' },
    );
    const free = toolsOf(o).find((c) => c.tool === 'check_availability')?.result as {
      free: { times: string[] }[];
    };
    const times = free.free.flatMap((s) => s.times);
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((t) => clock(t) >= clock('16:00'))).toBe(true);
    const booked = toolsOf(o).find((c) => c.tool === 'book_appointment')?.arguments as { timeText: string };
    expect(clock(booked.timeText)).toBeGreaterThanOrEqual(clock('16:00'));
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('the clinic lists and books from two', async () => {
    const o = await converse(
      'healthcare',
      ['i need an appointment friday after 2', 'Dana Ruiz, born 1984-03-12', 'the first one'],
      { tool: 'book_appointment' },
    );
    const listed = toolsOf(o).find((c) => c.tool === 'find_appointment_slots')?.result as {
      slots: { slotId: string; time: string }[];
    };
    expect(listed.slots.length).toBeGreaterThan(0);
    expect(listed.slots.every((s) => clock(s.time) >= clock('14:00'))).toBe(true);
    expect(o.turns[0].reply).toMatch(/from 14:00/);
    const booked = toolsOf(o).find((c) => c.tool === 'book_appointment')?.arguments as { slotId: string };
    expect(booked.slotId).toBe(listed.slots[0].slotId);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('the after-hours line lists from eleven', async () => {
    const o = await converse('after-hours', ['any openings tomorrow after 11?'], { tool: 'find_open_slots' });
    const slots = openingsListed(o);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => clock(s.time) >= clock('11:00'))).toBe(true);
    expect(o.turns[0].reply).toMatch(/from 11:00/);
  }, 120_000);

  it('a time said without "after" still asks for that time, not a list from it', async () => {
    const o = await converse('healthcare', ['i need an appointment friday at 2'], {
      tool: 'find_appointment_slots',
    });
    const asked = toolsOf(o).find((c) => c.tool === 'find_appointment_slots')?.arguments as {
      fromTime?: string;
    };
    expect(asked.fromTime).toBeUndefined();
  }, 120_000);
});
