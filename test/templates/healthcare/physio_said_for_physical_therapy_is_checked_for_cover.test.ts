import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "would my plan cover physio with you?" (dialogue batch 25) was asked again which service, with the
// list: "physio" is how customers clip "physiotherapy", which WordNet names with "physical therapy".
describe('physio said for physical therapy', () => {
  it('is checked for cover as physical therapy', async () => {
    const o = await converse(
      'healthcare',
      [
        "hi, I'm with Aetna, do you take it?",
        'would physio be covered for me? Maria Garcia, born 17 Feb 1975',
      ],
      { tool: 'check_procedure_coverage', result: { found: true, service: 'physical therapy' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
