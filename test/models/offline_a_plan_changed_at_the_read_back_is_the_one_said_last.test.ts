import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "Scale is far too much for a team our size. Could you make it Growth instead?" to the read-back of a move
// to Scale: both plans are named, and Scale, said first, was read back again; the yes to Growth was then
// refused as not what had been read back. The plan after "make it" is the one wanted.
describe('a plan changed at the read-back is the one said last', () => {
  it('reads back Growth and changes to it on a yes', async () => {
    const o = await converse(
      'support',
      [
        'Hello, ACC-1005 here, Bello Catering. Please upgrade us to Scale.',
        'Hang on. Scale is far too much for a team our size. Could you make it Growth instead?',
        'Yes, Growth please.',
      ],
      { tool: 'change_plan', result: { accountId: 'ACC-1005', toPlan: 'Growth', status: 'changed' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/move your account to the Growth plan/);
  }, 180_000);
});
