import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { requestIsOurs } from '../../../src/models/offline/ownRequest.ts';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "I need to reschedule my knee rehab" went to the clinical line (knee, rehab), which asked for
 * symptoms. The front desk's appointments desk is named by what its agent changes (reschedule, cancel,
 * book), not only by its own name; a request clause saying one of those actions is the desk's, and the
 * knee only says which visit. Seeded: Grace Liu's knee rehabilitation (APT-5006).
 */
describe('a move naming the visit by its body part stays at the front desk', () => {
  it('keeps such requests at the front desk, and a refill goes on to the clinical line', async () => {
    const graph = await loadGraph('healthcare');
    const ours = (text: string) => requestIsOurs(graph, 'Receptionist', text, 'Clinical');
    expect(ours('I need to reschedule my knee rehab')).toBe(true);
    expect(ours('I need to cancel my knee rehab session')).toBe(true);
    expect(ours('my knee hurts, can I get a refill on my painkillers')).toBe(false);
  });

  it('moves the knee rehab visit', async () => {
    const o = await converse(
      'healthcare',
      ['I need to reschedule my knee rehab', 'Grace Liu, born 1952-09-14', 'friday please', 'yes'],
      { tool: 'reschedule_appointment', result: { rescheduled: true, appointmentId: 'APT-5006' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs).toEqual([]);
  }, 300_000);
});
