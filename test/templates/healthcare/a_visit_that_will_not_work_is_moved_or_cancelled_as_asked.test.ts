import { describe, expect, it } from 'vitest';
import { MOVE_OR_CANCEL } from '../../../src/models/offline/forms/moveOrCancel.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// Grace Liu (born 14 September 1952) has a knee rehabilitation visit with Jamie Cole on the Tuesday at
// 16:00 (the eval clock: Monday). Chat probes, 2026-11-28: "about my knee appointment tomorrow, my
// daughter can't drive me" offered openings for a new booking, and the pick booked a second visit beside
// the first; "could I come friday instead" to the read-back of a cancellation was "I'm afraid I can't
// answer that here"; "can I change my echo appointment, Grace Liu 14 September 1952" asked her name.
const GRACE = 'Grace Liu 14 September 1952';

describe('a visit that will not work is moved or cancelled, as the caller picks', () => {
  it('asks whether to move or cancel it, and "friday instead" moves it', async () => {
    const o = await converse(
      'healthcare',
      [
        GRACE,
        "about my knee appointment tomorrow, my daughter can't drive me",
        'could I come friday instead same time',
        'yes',
      ],
      {
        tool: 'reschedule_appointment',
        result: { rescheduled: true },
        never_tools: ['book_appointment', 'cancel_appointment'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe(MOVE_OR_CANCEL);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move your knee rehabilitation visit .+ to Friday/);
  }, 180_000);

  it('"just cancel it" to the question reads the cancellation back', async () => {
    const o = await converse(
      'healthcare',
      [GRACE, "my knee appointment tomorrow, something's come up", 'just cancel it please', 'yes'],
      { tool: 'cancel_appointment', never_tools: ['book_appointment', 'reschedule_appointment'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe(MOVE_OR_CANCEL);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: cancel your knee rehabilitation visit/);
  }, 180_000);

  it('another day "instead" said to a cancellation read back moves the visit', async () => {
    const o = await converse(
      'healthcare',
      [GRACE, "I can't make my knee appointment tomorrow", 'could I come friday instead', 'yes'],
      { tool: 'reschedule_appointment', result: { rescheduled: true }, never_tools: ['cancel_appointment'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: cancel your knee rehabilitation visit/);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move your knee rehabilitation visit .+ to Friday/);
  }, 180_000);

  it('a name said before a birth date with its day first is the name verified', async () => {
    const o = await converse(
      'healthcare',
      ['can I change my echo appointment, Grace Liu 14 September 1952'],
      {
        tool: 'verify_identity',
      },
    );
    expect(toolsOf(o).find((t) => t.tool === 'verify_identity')?.arguments).toMatchObject({
      fullName: 'Grace Liu',
      dob: '1952-09-14',
    });
  }, 180_000);
});
