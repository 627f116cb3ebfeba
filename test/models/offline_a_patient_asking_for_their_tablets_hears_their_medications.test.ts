import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * dev17-healthcare-01: "Can you read me the tablets I'm supposed to be taking?" got the clinical desk's
 * general question, then "thank you dear" was sent to the nurse protocols as a symptom. Tablets are the
 * medication list's (its description says so), and a thanks with a term of address closes politely.
 */
describe('a patient asking for their tablets hears their medications', () => {
  it('verifies, then reads the medications; thanks closes', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hello, my daughter usually does this for me but she's away. Can you read me the tablets I'm supposed to be taking?",
        'Grace Liu, 14 September 1952',
        'thank you dear',
      ],
      { tool: 'list_medications', result: { found: true }, never_tools: ['triage_symptoms'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Metformin/);
    expect(o.turns[2].reply).toMatch(/You're welcome/);
  }, 120_000);
});
