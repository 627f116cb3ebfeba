import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * dev24-after-hours-01: after the billing desk offered a person ("If you would rather, I can pass you to a
 * member of our team."), "can someone from billing call me tomorrow to set up a payment plan? Omar Haddad,
 * 555-0108" was taken as that offer accepted, and the caller was left waiting for a reply in the chat. A
 * call asked for ("someone from billing call me") is a call back, which the office queue records; only
 * "someone call me" next to each other had been read so.
 */
describe('a call back asked after a person was offered is queued', () => {
  it('queues the call back with the office', async () => {
    const o = await converse(
      'after-hours',
      [
        'how much is owing on AC-2003?',
        'wow ok, no way I can pay that in one go',
        'could someone from accounts ring me in the morning about a plan? Lee Park, 555-0144',
      ],
      { tool: 'queue_callback' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'queue_callback')?.result).toMatchObject({});
    expect(o.turns[2].agent).not.toBe('Human');
  }, 180_000);
});
