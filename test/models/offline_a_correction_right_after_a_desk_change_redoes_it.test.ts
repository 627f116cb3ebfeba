import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "Done: the phone number on your record now ends in 0142", then "ugh sorry, typo, it should be
// 555-0124": the front desk fell back and the wrong number stayed on file. A correction with a value,
// right after a desk answered without asking anything, goes back to that desk as its request again.
describe('a correction right after a desk change redoes it', () => {
  it('the corrected number is the one on file', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hannah Kowalski, born 1999-12-08',
        'I need to update my phone number to 555-0142',
        'ugh sorry, typo, it should be 555-0124',
      ],
      { tool: 'update_contact_details', result: { updated: true, phoneEndsWith: '0124' } },
    );
    expect(o.unmet).toEqual([]);
    const updates = toolsOf(o).filter((t) => t.tool === 'update_contact_details');
    expect(updates.map((u) => (u.arguments as { phone: string }).phone)).toEqual(['555-0142', '555-0124']);
  }, 180_000);

  it('a thanks after the change is no correction', async () => {
    const o = await converse(
      'healthcare',
      ['Hannah Kowalski, born 1999-12-08', 'I need to update my phone number to 555-0142', 'great thanks'],
      { tool: 'update_contact_details', result: { updated: true } },
    );
    expect(toolsOf(o).filter((t) => t.tool === 'update_contact_details')).toHaveLength(1);
  }, 180_000);
});
