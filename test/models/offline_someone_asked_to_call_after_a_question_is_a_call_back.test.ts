import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a question, then someone asked to call', () => {
  it('queues the call-back asked for after "how do I appeal that?"', async () => {
    const o = await converse(
      'after-hours',
      [
        'my insurance claim for a knee MRI got denied? CLM-7002',
        'how do I appeal that? can someone from the office call me',
        'Priya Nair, 555-0193',
      ],
      { tool: 'queue_callback', result: { queued: true } },
    );
    // Before: the operations menu, and the name and number then looked the claim up again.
    expect(o.turns[1].reply).toMatch(/who should we ask for/i);
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ callerName: 'Priya Nair', phone: '555-0193' });
  }, 120_000);
});
