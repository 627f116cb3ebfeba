import { describe, expect, it } from 'vitest';
import { statedReason } from '../../src/models/offline/forms/statedReason.ts';
import { ownRecordsAsked } from '../../src/models/offline/ownRecordsAsked.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev18-healthcare-03 and -06: "Hello dear, I need to cancel one of my appointments", then "the knee one
 * with the physical therapist": the pick went back to the appointments desk as "APT-5006, Hello dear"
 * (the greeting was taken for the reason said with the request), and the desk listed the appointments
 * again instead of reading the cancellation back. "when's my next appointment?" was offered openings:
 * "when's" was not read as "when is".
 */
describe('a patient cancelling one of their appointments picks it', () => {
  it('a greeting is no reason; "when\'s my next appointment" asks what the patient holds', () => {
    expect(statedReason('Hello dear, I need to cancel one of my appointments')).toBeUndefined();
    expect(statedReason('I need to move my appointment, my knee has been hurting')).toBe(
      'my knee has been hurting',
    );
    const lookUp = { type: 'function', name: 'list_mine', description: 'my upcoming appointments' } as never;
    expect(ownRecordsAsked("when's my next appointment?", [lookUp], () => false)).toBeDefined();
  });

  it('the picked appointment is read back and cancelled', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hello dear, I need to cancel one of my appointments',
        'Grace Liu, September 14 1952',
        'the knee one with the physical therapist, not the heart doctor',
        'yes',
      ],
      { tool: 'cancel_appointment', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'cancel_appointment')?.arguments).toMatchObject({
      appointmentId: 'APT-5006',
    });
  }, 120_000);

  it("when's my next appointment lists the patient's own", async () => {
    const o = await converse(
      'healthcare',
      ["when's my next appointment? can't find the confirmation email anywhere", 'Dana Ruiz, 03/12/1984'],
      { tool: 'list_appointments', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
