import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "they want a list of my meds and any allergies. can you tell me what you have?": one request asks
 * two look-ups of the clinical line. Only the allergies were given, and the patient had to ask again for
 * the medications. Each part of the request is matched on its own; the second look-up runs after the
 * first, once the identity check has passed, and the reply gives both. A change is never made this way.
 */
describe('medications and allergies asked together are both answered', () => {
  it('gives both lists after the identity check', async () => {
    const o = await converse(
      'healthcare',
      [
        "I'm seeing a new dentist next week and they want a list of my meds and any allergies. can you tell me what you have?",
        'Grace Liu, 1952-09-14',
      ],
      [
        { tool: 'list_medications', result: { found: true, count: 3 } },
        { tool: 'check_allergies', result: { found: true, count: 2 } },
      ],
    );
    expect(o.unmet).toEqual([]);
    const names = toolsOf(o).map((t) => t.tool);
    expect(names.indexOf('verify_identity')).toBeLessThan(names.indexOf('list_medications'));
    const reply = o.turns.at(-1)?.reply ?? '';
    expect(reply).toMatch(/allergies: latex/);
    expect(reply).toMatch(/prescriptions are Amlodipine/);
  }, 300_000);

  it('runs one look-up for a request that asks one thing', async () => {
    const o = await converse('healthcare', ['Grace Liu, 1952-09-14, what am I allergic to?'], {
      tool: 'check_allergies',
      result: { found: true },
    });
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('list_medications');
  }, 300_000);
});
