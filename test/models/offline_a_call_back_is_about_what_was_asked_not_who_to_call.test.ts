import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "Greg Holt 555-0155", given after asking for the on-call doctor about dizziness, chose the call-back and
// became its reason, so the team would have called back about "Greg Holt 555-0155" (a chat probe). A
// message that only gives who to call says nothing of what about.
describe('a call-back is about what was asked, not who to call', () => {
  it('queues the call-back with the reason said before the name and number', async () => {
    const o = await converse(
      'after-hours',
      [
        'can i talk to the on call doctor, my blood pressure meds are making me dizzy',
        "no it's not an emergency, just want advice from a doctor",
        'Greg Holt 555-0155',
      ],
      { tool: 'queue_callback', result: { queued: true } },
    );
    expect(o.unmet).toEqual([]);
    const args = toolsOf(o).find((t) => t.tool === 'queue_callback')?.arguments as Record<string, string>;
    expect(args.callerName).toBe('Greg Holt');
    expect(args.reason).not.toMatch(/Greg|555/);
  }, 180_000);
});
