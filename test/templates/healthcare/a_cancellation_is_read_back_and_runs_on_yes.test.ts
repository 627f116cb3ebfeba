import { describe, expect, it } from 'vitest';
import { agreesToRelayedReadBack } from '../../../src/models/offline/forms/plainConfirmation.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * Issue #23: a change is read back in one line and runs only on a yes. Healthcare's cancel_appointment
 * ran at once ("I need to cancel my appointment", the name, and the visit was gone). Now the visit is
 * named in a read-back; "yes", "yes please cancel it" and "go ahead" cancel it, "no, keep it" keeps it.
 */
const cancelled = (o: Awaited<ReturnType<typeof converse>>) =>
  toolsOf(o).filter((t) => (t.result as { cancelled?: boolean } | undefined)?.cancelled === true);
const ASK = 'I need to cancel my appointment, Marcus Bell, born July 4th 1990';

describe('a cancellation is read back and runs on yes', () => {
  it('reads the visit back before cancelling anything', async () => {
    const o = await converse('healthcare', [ASK], {
      reply: '^Just to confirm: cancel your mole check visit',
    });
    expect(o.unmet).toEqual([]);
    expect(cancelled(o)).toEqual([]);
  }, 300_000);

  it.each(['yes', 'yes please cancel it', 'go ahead'])(
    '"%s" cancels it once',
    async (yes) => {
      const o = await converse('healthcare', [ASK, yes], {
        tool: 'cancel_appointment',
        result: { cancelled: true, appointmentId: 'APT-5003' },
      });
      expect(o.unmet).toEqual([]);
      expect(cancelled(o)).toHaveLength(1);
    },
    300_000,
  );

  it('"no, keep it" keeps it', async () => {
    const o = await converse('healthcare', [ASK, 'no, keep it'], { reply: 'nothing was changed' });
    expect(o.unmet).toEqual([]);
    expect(cancelled(o)).toEqual([]);
  }, 300_000);

  it("the read-back's verb said back after a yes agrees; a refusal or another verb does not", () => {
    const readBack = 'Just to confirm: cancel your mole check visit on Tuesday (APT-5003). Shall I go ahead?';
    expect(agreesToRelayedReadBack('yes please cancel it', readBack)).toBe(true);
    expect(agreesToRelayedReadBack('cancel it', readBack)).toBe(true);
    expect(agreesToRelayedReadBack('no, cancel that', readBack)).toBe(false);
    expect(agreesToRelayedReadBack('never mind', readBack)).toBe(false);
    const payment = 'Just to confirm: pay your whole balance of $145 by card. Shall I go ahead?';
    expect(agreesToRelayedReadBack('yes cancel it', payment)).toBe(false);
  });
});
