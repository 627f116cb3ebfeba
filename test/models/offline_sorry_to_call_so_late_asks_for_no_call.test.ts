import { describe, expect, it } from 'vitest';
import { inToolWords } from '../../src/models/offline/customerWords.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "um hi sorry to call so late my daughter's six and she's had a fever…": the ClinicalLead read "call"
// as the on-call look-up and told the parent who is on call tonight, and the nurse line never heard the
// symptoms. An apology for calling asks for no call.
describe('"sorry to call so late" asks for no call', () => {
  it('reads the apology as an apology, and a call asked for still as one', () => {
    expect(inToolWords('hi sorry to call so late, my son has a fever')).toBe('hi sorry, my son has a fever');
    expect(inToolWords('sorry for calling at this hour')).toBe('sorry');
    expect(inToolWords('can the on-call doctor call me')).toBe('can the on-call doctor call me back');
  });

  it('takes the symptoms to the nurse line', async () => {
    const o = await converse(
      'after-hours',
      [
        'hi, sorry to call at this hour, my son has had a cough and a temperature since this afternoon, what should I do?',
      ],
      [{ tool: 'lookup_nurse_protocol' }, { never_tools: ['lookup_on_call'] }],
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['lookup_nurse_protocol']);
  }, 180_000);
});
