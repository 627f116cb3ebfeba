import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Shown Dr. Okafor's openings, a patient asked "is that covered?". The insurance desk asked back which
// service to check, but the front desk cut its answer down to nothing before the offer ("  The next
// openings…"), so the question was never heard. Answered ("office visit"), the coverage came without the
// openings, and "2:30 please" reached nobody who could book it.
describe('a coverage question mid-booking is answered and the openings still stand', () => {
  it('asks which service, answers the coverage, offers the openings again and books 2:30', async () => {
    const o = await converse(
      'healthcare',
      [
        'I need to see dr okafor thursday afternoon',
        'dana ruiz 3/12/84',
        'is that covered?',
        'office visit',
        '2:30 please',
      ],
      [
        { reply: '^Which service should I check' },
        {
          reply:
            'covers office visit .*\\. The next openings with Dr\\. Amara Okafor .*Which one would you like\\?$',
        },
        { tool: 'book_appointment', result: { booked: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_appointment')?.result as { when?: string };
    expect(booked.when).toMatch(/14:30 with Dr\. Amara Okafor$/);
    // The booking's reply asks nothing more: the desk's question was answered.
    expect(o.turns.at(-1)?.reply).toMatch(/^You're booked for .*APT-\d+\.$/);
  }, 300_000);
});
