import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// Grace Liu (born 14 September 1952) has knee rehabilitation with Jamie Cole, PT (APT-5006) tomorrow.
// "I need to move my knee physio tomorrow, something's come up" (dialogue batch 25) went to the clinical
// line on "knee", which asked for symptoms: the visit was named by its care, not as an appointment, and
// the move is a change only the front desk's scheduling makes. "I've got to" asks as "I need to" does.
describe('a visit named by the care it is for', () => {
  it('is moved by the front desk, asking the new day rather than reading back its own', async () => {
    const o = await converse(
      'healthcare',
      [
        "hiya, I've got to push my knee physio tomorrow, work has gone mad",
        'Grace Liu, 14 September 1952',
        'thursday please, same time',
        'yes please',
      ],
      {
        tool: 'reschedule_appointment',
        result: { rescheduled: true, appointmentId: 'APT-5006' },
        never_tools: ['triage_symptoms', 'book_appointment'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe('Which day would you like instead?');
  }, 180_000);
});
