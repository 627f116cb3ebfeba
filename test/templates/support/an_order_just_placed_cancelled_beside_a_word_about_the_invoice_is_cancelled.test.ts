import { describe, expect, it } from 'vitest';
import { requestClauses } from '../../../src/models/offline/forms/statedReason.ts';
import { converse } from '../../models/offlineScenario.ts';

// "actually scratch that, cancel the seat order. I'll pay the open invoice first and order next month"
// right after Sales placed the order (dialogue batch 26, dev): the invoice's words sent the message to
// Billing, which read the invoice out, and the order the customer had taken back stayed placed.
describe('an order just placed, cancelled beside a word about the invoice', () => {
  it('is a request clause when told outright', () => {
    expect(requestClauses('hmm no, cancel the seat order. we will settle the invoice first')).toEqual([
      'cancel the seat order',
    ]);
    expect(requestClauses('the order was cancelled last week')).toEqual([]);
  });

  it('is cancelled by the desk that placed it, on a yes', async () => {
    const o = await converse(
      'support',
      [
        'can we get 3 more seats on ACC-1004 please',
        'yes',
        "no wait, cancel the seat order please. I'd rather pay the open invoice first and get the seats next month",
        'yes',
      ],
      [
        { tool: 'place_order', result: { found: true } },
        { tool: 'cancel_order', result: { status: 'cancelled' } },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].agent).toBe('Sales');
  }, 180_000);
});
