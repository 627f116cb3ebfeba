import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "My doctor wants me to get an MRI of my knee. Will my insurance cover that?" went to the clinical line
// on "doctor" and "knee", which asked for symptoms. The question it closes with is what is asked, and the
// front desk's router is sure it is its own (the insurance desk is one of its tools).
describe('a closing question the front desk serves', () => {
  it('checks the coverage of the procedure', async () => {
    const o = await converse(
      'healthcare',
      [
        'my physio says I should get an MRI on my shoulder. will my insurance pay for that?',
        'Dana Ruiz, 03/12/1984',
      ],
      [{ tool: 'check_procedure_coverage' }, { reply: 'prior authori[sz]ation' }],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs).toEqual([]);
  }, 120_000);
});
