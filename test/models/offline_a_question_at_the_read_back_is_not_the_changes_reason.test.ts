import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a question asked at a refund’s read-back, then yes', () => {
  it('records the reason the customer gave, not the question', async () => {
    const o = await converse(
      'support',
      [
        "Hello, I'm looking at invoice INV-2039. Could you tell me what it came to?",
        'So $13.40 of that is extra minutes. A test script was dialling out by mistake. Could that part be refunded, please?',
        'How long does a refund usually take to reach the card?',
        'OK, yes please go ahead',
      ],
      { tool: 'issue_refund', result: { refunded: true } },
    );
    expect(o.unmet).toEqual([]);
    // Before: the refund's reason was "How long does a refund usually take to reach the card?".
    const reason = String((toolsOf(o).at(-1)?.arguments as { reason?: unknown } | undefined)?.reason);
    expect(reason).toMatch(/test script was dialling out by mistake/);
    expect(reason).not.toMatch(/how long/i);
  }, 120_000);
});
