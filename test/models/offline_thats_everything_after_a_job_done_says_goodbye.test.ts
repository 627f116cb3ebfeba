import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "Yes, that's everything, thanks." after a call-back was recorded got the desk's fallback ("Leave me
 * your name and a phone number…") with a person offered: the caller had said there was nothing more.
 */
describe("that's everything after a job done says goodbye", () => {
  it('closes instead of asking again', async () => {
    const o = await converse(
      'real-estate',
      [
        'could an agent give me a call about homes in Maplewood? Priya Das, 555-0164',
        "yes, that's everything, thanks",
      ],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].tools).toEqual([]);
    expect(o.turns[1].reply).toMatch(/have a good day/i);
  }, 180_000);
});
