import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

describe('a reference asked about mid-booking goes towards the agent that looks it up', () => {
  it('takes "what is going on with claim CLM-7005?" from the Scheduler up and across to Insurance', async () => {
    const o = await converse(
      'after-hours',
      ['I need to see a doctor on Wednesday', 'actually, what is going on with claim CLM-7005?'],
      { tool: 'lookup_claim', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('Scheduler');
    // Before: the Scheduler, unsure, said what it does and offered a person.
    expect(o.turns[1].handoffs[0]).toBe('Scheduler->ClinicalLead');
    expect(o.turns[1].agent).toBe('Insurance');
    expect(o.turns[1].tools.map((t) => [t.tool, t.arguments])).toEqual([
      ['lookup_claim', { claimId: 'CLM-7005' }],
    ]);
  }, 120_000);

  it('leaves a message with no reference where it was', async () => {
    const o = await converse('after-hours', ['I need to see a doctor on Wednesday', 'the first one'], {
      tool: 'book_slot',
    });
    expect(o.turns[1].agent).toBe('Scheduler');
    expect(o.turns[1].handoffs).toEqual([]);
  }, 120_000);
});
