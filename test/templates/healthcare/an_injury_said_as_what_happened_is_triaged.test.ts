import { describe, expect, it } from 'vitest';
import { namesIllHealth } from '../../../src/models/offline/illHealth.ts';
import { converse } from '../../models/offlineScenario.ts';

// "hi I twisted my ankle last night … it's pretty swollen what should I do" got the clinical line's
// "Tell me what you're feeling and since when": no noun named the injury (dev23). A verb that can make an
// injury (WordNet's nouns derived from it: to twist is to sprain), done to a part of the body, names one.
describe('an injury said as what happened is triaged', () => {
  it('"twisted my ankle … gone all puffy" is triaged as a sprain', async () => {
    const o = await converse(
      'healthcare',
      ['twisted my ankle stepping off the bus this morning and now it has gone all puffy'],
      { tool: 'triage_symptoms', result: { found: true, protocolId: 'TP-SPRAIN' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('reads a hurt done to the body, and nothing else', () => {
    expect(namesIllHealth('I twisted my ankle on the stairs')).toBe(true);
    expect(namesIllHealth('I turned my ankle getting out of the car')).toBe(true);
    expect(namesIllHealth('she burned her hand on the stove')).toBe(true);
    // To turn up is no sprain, nor is washing one's hair, nor moving one's appointment.
    expect(namesIllHealth('can I turn up late')).toBe(false);
    expect(namesIllHealth('I washed my hair')).toBe(false);
    expect(namesIllHealth('I need to move my appointment')).toBe(false);
  });
});
