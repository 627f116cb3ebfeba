import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * Grace Liu has two visits (APT-5006 knee rehabilitation, then APT-5005 echocardiogram results). "I
 * won't need the echocardiogram results appointment, please cancel it" read back APT-5005, and "yes"
 * cancelled APT-5006: the visit look-up kept the first upcoming visit in the state, and the yes took it.
 * The visit read back is the visit changed, for a cancellation and a move alike.
 */
const GRACE = 'Grace Liu, born 1952-09-14';

describe('the visit read back is the one changed', () => {
  it('cancels the echocardiogram visit it read back, not the first one', async () => {
    const o = await converse(
      'healthcare',
      [GRACE, "I won't need the echocardiogram results appointment, please cancel it", 'yes'],
      [
        { reply: '^Just to confirm: cancel your echocardiogram results visit' },
        { tool: 'cancel_appointment', result: { cancelled: true, appointmentId: 'APT-5005' } },
      ],
    );
    expect(o.unmet).toEqual([]);
    const changed = toolsOf(o).filter((t) => t.tool === 'cancel_appointment');
    expect(changed.map((t) => (t.result as { appointmentId?: string }).appointmentId)).toEqual(['APT-5005']);
  }, 300_000);

  it('moves the echocardiogram visit it read back', async () => {
    const o = await converse(
      'healthcare',
      [GRACE, 'can I move my echocardiogram results appointment to friday', 'yes'],
      { tool: 'reschedule_appointment', result: { rescheduled: true, appointmentId: 'APT-5005' } },
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);
});
