import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "My stylist burnt my scalp with bleach last time, I'm furious. Booking GB-20250614-001" read the booking
// back ("Booking GB-… is a balayage with Aisha…") and logged nothing; "…I'm really not happy. ref GB-…"
// the same (chat probes, 2026-11-27). Displeasure voiced to the desk that records complaints is the
// complaint, tied to the booking named; WordNet supplies the words for the feeling ("furious", "irate").
describe('a complaint voiced with a booking reference is logged', () => {
  for (const [said, ref] of [
    [
      "My stylist burnt my scalp with bleach last time, I'm furious. Booking GB-20250614-001",
      'GB-20250614-001',
    ],
    [
      "I had my hair cut on June 14 and it's uneven, I'm really not happy. ref GB-20250614-002",
      'GB-20250614-002',
    ],
    ["i'm so irate, the colour I got is nothing like the photo. GB-20250614-002", 'GB-20250614-002'],
  ] as const) {
    it(`logs "${said.slice(0, 40)}…" against ${ref}`, async () => {
      const o = await converse('salon', [said], { tool: 'log_complaint' });
      expect(o.unmet).toEqual([]);
      expect(toolsOf(o).find((t) => t.tool === 'log_complaint')?.arguments).toMatchObject({
        complaintBookingRef: ref,
      });
      expect(toolsOf(o).some((t) => t.tool === 'get_booking')).toBe(false);
    }, 180_000);
  }

  it('a booking look-up said calmly is still a look-up', async () => {
    const o = await converse('salon', ['what time is my booking GB-20310617-001? my phone is 07700 900931'], {
      tool: 'get_booking',
      never_tools: ['log_complaint'],
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
