import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "not in Riverside though", "but not with Dr. Okafor": a member of a tool's fixed set said after a
 * negation is the one the customer does not want. The search had run in Riverside alone and the
 * openings listed were Dr. Okafor's.
 */
describe('a value said after "not" is not the one wanted', () => {
  it('does not search the neighbourhood the buyer ruled out', async () => {
    const o = await converse('real-estate', ['show me 3 bed homes under 600k, not in Riverside though'], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    const search = toolsOf(o).find((t) => t.tool === 'search_listings');
    expect(search?.arguments).not.toHaveProperty('neighborhood', 'Riverside');
  }, 180_000);

  it('does not list the openings of the doctor the patient ruled out', async () => {
    const o = await converse(
      'healthcare',
      ["I'd like a dermatology appointment next week, but not with Dr. Okafor please"],
      { tool: 'find_appointment_slots', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    const search = toolsOf(o).find((t) => t.tool === 'find_appointment_slots');
    expect(search?.arguments).not.toHaveProperty('provider', 'Okafor');
  }, 180_000);

  it('still takes a value the customer wants beside one they do not', async () => {
    const o = await converse('real-estate', ['homes in Maplewood under 700k please, not Riverside'], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(toolsOf(o).find((t) => t.tool === 'search_listings')?.arguments).toHaveProperty(
      'neighborhood',
      'Maplewood',
    );
  }, 180_000);
});
