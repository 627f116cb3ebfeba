import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// QA chat probes (2026-11-27): two picks that named whose time it was booked someone else's.
describe('a pick naming the stylist or doctor', () => {
  // "Theo's 11:30": a stylist is set only when named as one ("with Theo"); the possessive before a time
  // was not read, and Maya, free at 11:30 too, was booked.
  it('books the stylist whose time it is ("Theo\'s 11:30")', async () => {
    const o = await converse(
      'salon',
      [
        "Can I book a men's cut on Saturday morning?",
        "ok, Theo's 11:30 then",
        'Tom Baker',
        '07700 900123',
        'yes please',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/with Theo on Saturday .* at 11:30/);
  }, 120_000);

  // "Dr Whitfield's" alone, then the name and number asked for: the pick said on an earlier turn held
  // only when it was a place in the list or a time; the opening with Dr. Okafor, first, was booked.
  it('books the opening with the doctor picked before the name was asked', async () => {
    const o = await converse(
      'after-hours',
      ['can I get an appointment on Monday?', "Dr Whitfield's", 'Nora Kim', '5550155'],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/with Dr\. Whitfield/);
  }, 120_000);
});
