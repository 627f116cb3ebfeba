import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "hey do u do balayage": the front desk's router heard a greeting and kept it as small talk, so the
// customer got the desk's hours instead of the colour desk; "do u do balayage" without the "hey" went
// there. Asking whether we offer a thing only one look-up lists decides, greeting or not.
describe('a greeting before "do you do …" still reaches the desk that looks the thing up', () => {
  it('quotes balayage asked as "hey do u do balayage"', async () => {
    const o = await converse('salon', ['hey do u do balayage', 'long'], {
      tool: 'color_quote',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('ColorConsultation');
    expect(o.turns[1].reply).toMatch(/^Balayage for long hair is \$\d+/);
  }, 180_000);

  it('keeps "do you do oil changes" at the front desk', async () => {
    const o = await converse('salon', ['hey do you do oil changes'], { reply: 'I can help with' });
    expect(o.turns[0].agent).toBe('FrontDesk');
    expect(toolsOf(o)).toEqual([]);
  }, 180_000);
});
