import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "are you guys in network with my insurance?" shared "in network" with the accepted-plans list and "my
// insurance" with the plan on file, under the bar for both: the insurance desk fell back. The plan on
// file answers whether it is in network (the look-up returns `inNetwork`), and its description says so.
describe('is my insurance in network reads my plan', () => {
  it('a verified caller hears whether their own plan is in network', async () => {
    const o = await converse(
      'healthcare',
      ['Samuel Okoro, born 1969-01-02', 'are you guys in network with my insurance?'],
      { tool: 'lookup_coverage', result: { found: true, inNetwork: false } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('a named insurer still gets the accepted plans', async () => {
    const o = await converse('healthcare', ['are you in network with Cigna?'], {
      tool: 'list_accepted_plans',
      result: { found: true, insurer: 'Cigna' },
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
