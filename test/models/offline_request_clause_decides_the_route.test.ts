import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "hi, my son has had a fever since last night, can we get him seen tomorrow morning?": the fever's words
 * sent the whole message to the nurse line, which read out a protocol and left the visit unbooked. The
 * router is very sure of what the closing request asks for (the Scheduler), surer than of the whole
 * message, so the request decides where the message goes.
 */
describe('a request said after the situation', () => {
  it('is routed on the request: the child is booked in', async () => {
    const o = await converse(
      'after-hours',
      [
        'hi, my son has had a fever since last night, can we get him seen tomorrow morning?',
        'the first one',
        'Dana Ruiz',
        '555-0134',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs).toContain('ClinicalLead->Scheduler');
  }, 120_000);

  it('a symptom with no request still goes to the nurse line', async () => {
    const o = await converse('after-hours', ['my son has had a fever since last night and he is very hot'], {
      handoff: 'NurseLine',
    });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
