import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

describe('a move read back while another desk’s question is still open', () => {
  it('ends the read-back with its own question, and moves the visit on yes', async () => {
    const o = await converse(
      'healthcare',
      [
        'I need to move my blood pressure follow-up',
        'Dana Ruiz, born March 12 1984',
        'If I move it, will it still be covered the same way?',
        'OK. Could it be Thursday instead, same time?',
        'Yes, please move it.',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true } },
    );
    // Before: "…at the same time. Which service should I check: …?" — the coverage question in place of
    // "Shall I go ahead?", and the yes then asked the day of the move again.
    expect(o.turns[3].reply).toMatch(/^Just to confirm: move .*Shall I go ahead\?$/);
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
