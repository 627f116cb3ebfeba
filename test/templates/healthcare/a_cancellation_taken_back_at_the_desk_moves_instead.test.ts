import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "actually no, dont cancel it. can i move it to wednesday at 2:30 instead" to the appointments desk's
// read-back of a cancellation was relayed to the desk as the reply to that read-back: "I'm afraid I
// can't answer that here", the cancellation read back again, and "yes" cancelled (a chat probe,
// 2026-11-27). A message that takes back what was asked is no reply to the desk's question.
describe('a cancellation taken back at the desk', () => {
  it('reads the move back and moves, never cancels', async () => {
    const o = await converse(
      'healthcare',
      [
        'Dana Ruiz 1984-03-12',
        'i want to cancel my appointment',
        'actually no, dont cancel it. can i move it to wednesday at 2:30 instead',
        'yes',
      ],
      { tool: 'reschedule_appointment', never_tools: ['cancel_appointment'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move/);
    expect(toolsOf(o).some((t) => t.tool === 'cancel_appointment')).toBe(false);
  }, 180_000);
});
