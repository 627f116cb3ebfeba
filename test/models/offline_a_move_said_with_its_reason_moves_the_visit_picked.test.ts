import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "hi, I need to reschedule my appointment, something came up at work": the clinic listed the caller's two
 * visits and asked which one. "the thursday one" was passed to the appointments desk as the pick and the
 * reason only ("APT-5005, something came up at work"), which asked for no move, so the visits were listed
 * again; "is there anything later in the week?" then went to the billing desk ("later"), and "friday
 * works" fell back. The pick goes to the desk with the change asked for, and a question of when, asked at
 * the desk's day question, is the desk's.
 */
describe('a move said with its reason moves the visit picked', () => {
  it('asks the new day for the visit picked and moves it', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi, I need to reschedule my appointment, something came up at work',
        'Grace Liu, 14 September 1952',
        'the thursday one',
        'is there anything later in the week?',
        'friday works',
        'yes please',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true, appointmentId: 'APT-5005' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/which day would you like instead\?/i);
    expect(o.turns[3].reply).not.toMatch(/balance|payment/i);
    expect(toolsOf(o).filter((c) => c.tool === 'reschedule_appointment')).toHaveLength(1);
  }, 180_000);
});
