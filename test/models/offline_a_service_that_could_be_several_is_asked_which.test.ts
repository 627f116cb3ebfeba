import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "hi, do you have anything saturday morning for a colour?" listed times "for a one-hour appointment"
 * (a colour alone names no service: a root touch-up is 90 minutes, a balayage three hours), and the
 * booking later took "ok book that" as the service. Words that could be several services are asked about
 * with the choices listed, and the answer — by its own words ("full colour please", "the roots one") — is
 * the service, kept at the booking desk though the router reads colour words as the colour desk's. A
 * haircut (30 to 60 minutes) is still listed for an hour, and which cut asked before the read-back.
 */
const handedOff = (o: Awaited<ReturnType<typeof converse>>) => o.turns.flatMap((t) => t.handoffs);

describe('a service that could be several is asked which', () => {
  it('asks which colour, then lists and books the one named', async () => {
    const o = await converse(
      'salon',
      [
        'hi, do you have anything saturday morning for a colour?',
        'full colour please',
        '10:30',
        'Mia Chen',
        '07700 900123',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.turns[0].reply).toMatch(/^Which colour would you like: .*full colour.*balayage/);
    expect(o.turns[0].reply).not.toMatch(/one-hour/);
    const listed = toolsOf(o)
      .filter((c) => c.tool === 'check_availability')
      .at(-1)?.result as { service: string };
    expect(listed.service).toBe('full colour');
    expect(handedOff(o)).toEqual(['FrontDesk->Booking']);
    const booked = toolsOf(o).find((c) => c.tool === 'book_appointment')?.result as { service: string };
    expect(booked.service).toBe('full colour');
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('a colour answered by its own words at the booking desk is that colour', async () => {
    const o = await converse('salon', ['do you have anything tuesday for a colour?', 'the roots one'], {
      tool: 'check_availability',
      result: { found: true },
    });
    expect(o.turns[0].reply).toMatch(/^Which colour would you like: /);
    expect(o.turns[1].reply).toMatch(/for a root touch-up \(1 hour 30 minutes\)/);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('a haircut is listed for an hour and asked which cut before the read-back', async () => {
    const o = await converse(
      'salon',
      [
        'can I book a haircut for thursday',
        'the first one',
        'Sam Lee',
        '07700 900123',
        'womens please',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.turns[0].reply).toMatch(/^On Thursday 10 December 2026 for a one-hour appointment/);
    expect(o.turns[3].reply).toMatch(/^Which cut would you like/);
    const booked = toolsOf(o).find((c) => c.tool === 'book_appointment')?.result as { service: string };
    expect(booked.service).toBe("women's cut and blow-dry");
  }, 120_000);

  it('a colour named outright is listed straight away', async () => {
    const o = await converse('salon', ['anything saturday morning for highlights?'], {
      tool: 'check_availability',
      result: { found: true },
    });
    expect(o.turns[0].reply).toMatch(/for a full-head highlights/);
  }, 120_000);
});
