import { describe, expect, it } from 'vitest';
import { saysOnlyWhen } from '../../../src/models/offline/forms/statedSubject.ts';
import { converse, toolsOf } from '../offlineScenario.ts';

describe('what a booking is about, said in another message than the one asking for it', () => {
  it('reads "ok book me in sat 2pm" as saying only when, "a mens cut on friday" as saying what', () => {
    expect(saysOnlyWhen('ok book me in sat 2pm')).toBe(true);
    expect(saysOnlyWhen('can I book for tomorrow at 10am?')).toBe(true);
    expect(saysOnlyWhen('a mens cut on friday')).toBe(false);
  });

  it('books "a mens cut on friday" said after the booking greeting, instead of quoting its price', async () => {
    const o = await converse(
      'salon',
      ['I need a haircut', 'a mens cut on friday', 'around 2pm', 'Marcus Lee', '07700 900919', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    // Friday's free times for a men's cut are listed first (a day said without a time, stop 84).
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['check_availability', 'book_appointment']);
    expect(o.turns[1].reply).toMatch(/^On Friday 11 December 2026 for /);
    expect(o.turns[4].reply).toMatch(/^Just to confirm: mens cut on Friday/);
  }, 180_000);

  it('books the service asked about before "ok book me in sat 2pm", not a service called "sat"', async () => {
    const o = await converse(
      'salon',
      ['hw much for a mens cut', 'ok book me in sat 2pm', 'Raj Kumar 07700 900373', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'book_appointment')?.arguments).toMatchObject({
      serviceDescription: 'hw much for a mens cut',
    });
    expect(o.turns[2].reply).toMatch(/^Just to confirm: mens cut on Saturday/);
  }, 180_000);
});
