import { describe, expect, it } from 'vitest';
import { dialogueClock, seedShift } from '../../src/eval/dialogueEval.ts';
import { BOOKED_SLOT_IDS, SLOTS } from '../../templates/healthcare/seedData.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// A parent asked when a visit was, was asked to verify, and asked instead "can we get him in with
// Dr. Whitfield?". The openings came with the check's question still open ("…Which one would you like?
// May I have your full name, please?"). Once the name and birth date passed, the clinic said "How can I
// help you today?", and "the earliest one please" listed the visits instead of booking the first
// opening. The name answered the check, not the offer: the offer is said again and still stands.
describe('openings offered before the name still stand after it', () => {
  it('offers the openings again after verifying, and books "the earliest one"', async () => {
    // The first open one after today: the eval lays the seeds from the Friday before its clock (seedShift),
    // and a conversation test runs on the clock's day (evalCalendar.ts), so openings start the day after.
    const today = seedShift(dialogueClock());
    const earliest = SLOTS.find(
      (s) => s.provider === 'Whitfield' && !BOOKED_SLOT_IDS.has(s.id) && s.day + today >= 1,
    )!;
    const o = await converse(
      'healthcare',
      [
        'when is our next appointment?',
        'can we get him in with Dr. Whitfield?',
        'Tomás Herrera, born May 30 2015',
        'the earliest one please',
      ],
      [
        { reply: '^Thank you, Tomás, you.re verified\\. The next openings with Dr\\. Ben Whitfield' },
        { tool: 'book_appointment', result: { booked: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_appointment');
    expect((booked?.arguments as { slotId?: string } | undefined)?.slotId).toBe(earliest.id);
  }, 300_000);
});
