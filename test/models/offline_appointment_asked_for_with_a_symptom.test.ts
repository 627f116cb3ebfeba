import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "I need to see a doctor next week, my knee has been hurting": the router reads the whole message and
 * the symptom's words sent it to Clinical, which asked for the symptoms already given and then read the
 * patient's name as one. What is asked for is an appointment, which the Receptionist's desk books; the
 * knee is why. A symptom said alone still goes to the clinical line.
 */
describe('an appointment asked for with a symptom', () => {
  it('is booked at the front desk, not triaged', async () => {
    const o = await converse(
      'healthcare',
      [
        'I need to see a doctor next week, my knee has been hurting',
        'the first one',
        'Dana Ruiz',
        '1984-03-12',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.flatMap((t) => t.handoffs)).not.toContain('Receptionist->Clinical');
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('triage_symptoms');
  }, 120_000);

  it('"I\'d like to book an appointment, my knee has been hurting" starts the booking', async () => {
    const o = await converse('healthcare', ["I'd like to book an appointment, my knee has been hurting"], {
      tool: 'book_appointment',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs).toEqual([]);
  }, 120_000);

  it('a symptom alone still goes to the clinical line', async () => {
    const o = await converse('healthcare', ['my knee has been hurting for a week'], { handoff: 'Clinical' });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
