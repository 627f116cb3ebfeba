import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "hi, I had my roots bleached with you last week and the bleach burned my scalp. there are blisters on
// it now and it still stings" got "Happy to help with your booking": no word of displeasure, so no
// complaint. An injury said as what happened is one; a question about a condition is not.
describe('a harm said as what happened is a complaint', () => {
  it('logs the burn as an injury complaint for the manager', async () => {
    const o = await converse(
      'salon',
      [
        'had highlights done with you on saturday and the bleach burned my scalp, its blistered and still stings',
      ],
      [{ tool: 'log_complaint', result: { logged: true, category: 'injury' } }, { handoff: 'Human' }],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('logs nothing for an allergy asked about before a colour', async () => {
    const o = await converse('salon', ["I'm allergic to PPD, can I still have my colour done?"], {
      never_tools: ['log_complaint'],
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((c) => c.tool)).not.toContain('log_complaint');
  }, 180_000);
});
