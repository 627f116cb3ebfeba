import { describe, expect, it } from 'vitest';
import { voicesDispleasure } from '../../../src/models/offline/displeasureAtEntry.ts';
import { converse } from '../../models/offlineScenario.ts';

// "my colour is so patchy omg" (dialogue batch 29, dev): the colour desk took it as a colour wanted and
// asked "Which colour are you thinking of?" twice; the complaint was never logged. A result gone wrong
// said as it is now is displeasure as surely as "it came out patchy".
describe('a patchy colour said as it is now', () => {
  it('voices displeasure; brassy alone is a question about toning', () => {
    expect(voicesDispleasure('my highlights are really streaky')).toBe(true);
    expect(voicesDispleasure('ugh my colour looks so blotchy at the back')).toBe(true);
    expect(voicesDispleasure("the balayage is patchy, I'm gutted")).toBe(true);
    expect(voicesDispleasure('my hair is brassy, would a toner help')).toBe(false);
    expect(voicesDispleasure('how much is a patch test')).toBe(false);
  });

  it('is logged as a complaint', async () => {
    const o = await converse('salon', ['honestly my highlights are so streaky, only had them done tuesday'], {
      tool: 'log_complaint',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
