import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "can I book a men's cut for thursday" was answered "What time would you like?", though the customer
 * cannot know what is free, and "the first one" then got "Sorry, I didn't catch that". A booking's day
 * said without a time lists that day's free times for the service; a time said to the list still books.
 */
const booked = (o: Awaited<ReturnType<typeof converse>>) =>
  toolsOf(o).find((c) => c.tool === 'book_appointment')?.result as { service: string; when: string };
const CUSTOMER = ['Sam Lee', '07700 900123', 'yes'];

describe('a booking day said without a time lists that day', () => {
  it('lists Thursday for a men\'s cut, and "the first one" books the first time listed', async () => {
    const o = await converse('salon', ['can I book a mens cut for thursday', 'the first one', ...CUSTOMER], {
      tool: 'book_appointment',
      result: { booked: true },
    });
    expect(o.turns[0].reply).toMatch(
      /^On Thursday 10 December 2026 for a men's cut \(30 minutes\): Maya at 09:00/,
    );
    expect(booked(o)).toMatchObject({ service: "men's cut", when: 'Thursday 10 December 2026 at 09:00' });
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('a time said to the list books that time', async () => {
    const o = await converse('salon', ['can I book a mens cut for thursday', '3pm', ...CUSTOMER], {
      tool: 'book_appointment',
      result: { booked: true },
    });
    expect(booked(o).when).toBe('Thursday 10 December 2026 at 15:00');
  }, 120_000);

  it('a colour is asked which first, then the day is listed for the colour named', async () => {
    const o = await converse(
      'salon',
      ['can I book a colour for thursday', 'balayage', 'the second one', ...CUSTOMER],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.turns[0].reply).toMatch(/^Which colour would you like: /);
    expect(o.turns[1].reply).toMatch(/^On Thursday 10 December 2026 for a balayage/);
    expect(booked(o).service).toBe('balayage');
  }, 120_000);
});
