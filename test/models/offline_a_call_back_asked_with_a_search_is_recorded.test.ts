import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I'm relocating in the spring and would like an agent to call me. Budget about 700k, 3 beds,
// Riverside" went to the buyer's search (its details outweigh the request), and "can an agent call me?
// I'm looking to buy in Riverside…" went there too, because the search clause, said second, won over the
// whole message. What is asked is the call back: a request joined by "and" is a request clause, "can an
// agent…" asks as "can I…" does, and of two sure requests the first said leads.
describe('a call back asked with a search is recorded', () => {
  it('records the call back said after the move, with the budget after it', async () => {
    const o = await converse(
      'real-estate',
      [
        'we are moving here in june and would like an agent to phone me. 3 beds, about 650k',
        'Ines Duarte',
        '555-0170',
      ],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('search_listings');
  }, 180_000);

  it('records the call back asked first, with the name and number in the same message', async () => {
    const o = await converse(
      'real-estate',
      ['can someone call me? we want to buy a 4 bed in Maplewood, up to 900k. Omar Haddad 555-0181'],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('CrmWriter');
  }, 180_000);

  it('still searches when the search is what is asked first', async () => {
    const o = await converse('real-estate', ["I'm looking to buy a 3 bed in Lakeview under 500k"], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
