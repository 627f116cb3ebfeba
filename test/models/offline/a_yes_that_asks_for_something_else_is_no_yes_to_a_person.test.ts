import { describe, expect, it } from 'vitest';
import { acceptsPerson } from '../../../src/models/offline/forms/digressions.ts';
import { converse, toolsOf } from '../offlineScenario.ts';

describe('a yes that goes on to ask for something is no yes to the person offered', () => {
  it('takes a plain or polite yes, and a request for a person, as taking the offer', () => {
    for (const text of [
      'yes',
      'Yes please, thanks!',
      'yeah that would be great',
      'go ahead',
      'a person please',
    ])
      expect(acceptsPerson(text), text).toBe(true);
    for (const text of ['yes please refund it', 'yes can you check my other invoice', 'ok'])
      expect(acceptsPerson(text), text).toBe(false);
  });

  it('refunds the invoice the customer asked about instead of passing them to the team', async () => {
    // Found by chatting: Billing's fallback ended with the person offer, and "yes please refund it"
    // took the offer.
    const o = await converse(
      'support',
      [
        'hey, i think i got charged twice this month',
        'ACC-1005',
        'the latest one',
        'yes please refund it',
        'yes',
      ],
      { tool: 'issue_refund', result: { refunded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.flatMap((t) => t.handoffs)).not.toContain('Billing->Human');
    expect(toolsOf(o).filter((t) => t.tool === 'issue_refund')).toHaveLength(1);
  }, 180_000);
});
