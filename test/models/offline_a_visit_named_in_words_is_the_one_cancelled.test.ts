import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I need to cancel my knee rehab session" went to the clinical line (the knee), which triaged a
// symptom; the appointments desk, once reached, asked for an APT number without listing the visits, and
// "the physical therapy one, not the heart doctor" went to the insurance desk (physical therapy). Since
// cancellations are read back (issue #23), the visit look-up lists them and a "yes" cancels.
describe('a visit named in words is the one cancelled', () => {
  it('"cancel my knee rehab session" stays at the front desk and cancels the knee rehabilitation', async () => {
    const o = await converse(
      'healthcare',
      ['I need to cancel my knee rehab session', 'Grace Liu, September 14, 1952', 'yes'],
      { tool: 'cancel_appointment', result: { cancelled: true, appointmentId: 'APT-5006' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.flatMap((t) => t.handoffs)).not.toContain('Receptionist->Clinical');
  }, 300_000);

  it('lists the visits with what they are for, and "the physical therapy one, not the heart doctor" picks', async () => {
    const o = await converse(
      'healthcare',
      [
        'I need to cancel an appointment',
        'Grace Liu, September 14, 1952',
        'the physical therapy one, not the heart doctor',
        'yes',
      ],
      { tool: 'cancel_appointment', result: { cancelled: true, appointmentId: 'APT-5006' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/knee rehabilitation, Physical Therapy \(APT-5006\)/);
    expect(o.turns[1].reply).toMatch(/Which one do you mean\?$/);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: cancel your knee rehabilitation visit/);
    expect(toolsOf(o).filter((t) => t.tool === 'check_procedure_coverage')).toEqual([]);
  }, 300_000);
});
