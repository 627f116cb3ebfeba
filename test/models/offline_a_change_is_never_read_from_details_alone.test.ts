import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Found by chat probes (docs/dialogue.md, twenty-fourth pass): a booking's details said without an action
// read back its cancellation, a cancellation taken back at its read-back was made on the next "yes", a
// look-up asked with the phone number beside it was answered with the desk's fallback, and a phone number
// beside "cancel my viewing" sent the message to the leads desk, which recorded a lead.
describe('a change is never read from details alone', () => {
  it('reads no cancellation back for "hi my booking is <ref>, <phone>"', async () => {
    const o = await converse('salon', ['hi my booking is GB-20310614-001, 07700 900505', 'yes'], {
      never_tools: ['cancel_booking'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/cancel/i);
  }, 180_000);

  it('cancels nothing when the customer takes the cancellation back at its read-back', async () => {
    const o = await converse(
      'salon',
      [
        'Please I want cancel booking GB-20310614-001',
        '07700 900505',
        'wait, no, dont cancel. can i move it to 21 june same time?',
        'yes',
      ],
      { never_tools: ['cancel_booking'] },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('answers "what time is my booking <ref>? my phone is <phone>" with the booking', async () => {
    const o = await converse('salon', ['what time is my booking GB-20310614-001? my phone is 07700 900505'], {
      reply: 'Booking GB-20310614-001 is a keratin smoothing',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('cancels the viewing asked about with a phone number beside it, and records no lead', async () => {
    const o = await converse(
      'real-estate',
      [
        'Hi, this is Sofia Rossi. I need to cancel my viewing at 12 Summit Drive, my phone is 555-0187',
        'yes, cancel it',
      ],
      { tool: 'cancel_tour', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('record_lead');
  }, 180_000);
});
