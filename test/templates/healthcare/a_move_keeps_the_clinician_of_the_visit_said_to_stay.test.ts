import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "…could we move it to Friday, same time? I've also got my heart check with Dr. Patel on Thursday, leave that
 * one alone." The visit moved is Jamie Cole's physical therapy, and its clinician stays: the read-back said
 * "to Friday … with Dr. Patel" (the doctor of the visit the caller keeps), and the yes would have moved
 * the therapy to a cardiologist. A clinician said of a visit as it stands is no new one for the move.
 */
describe('a move keeps the clinician of the visit said to stay', () => {
  it('the therapy moves to Friday with its own therapist', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hi, Grace Liu here, born 09/14/1952. My knee therapy session with Jamie Cole is tomorrow at 4 pm but I can't get a lift. Could we move it to Friday, same time? I also have my heart check with Dr. Patel on Thursday morning, that one should stay.",
        'yes please',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true, appointmentId: 'APT-5006' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/Patel\. Shall/);
    const move = toolsOf(o).find((t) => t.tool === 'reschedule_appointment');
    expect((move?.arguments as { provider?: string | null } | undefined)?.provider ?? null).toBeNull();
  }, 180_000);
});
