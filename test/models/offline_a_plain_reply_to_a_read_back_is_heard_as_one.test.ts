import { describe, expect, it } from 'vitest';
import { agreesAtReadBack, plainReplyAtReadBack } from '../../src/models/offline/forms/plainConfirmation.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Found by talking to the support desk: to "Just to confirm: a refund on invoice INV-2033 … Shall I go
 * ahead?", "that's right" was handed back to the front desk on the word "right" and on to TechSupport;
 * "refund it" and "go for it" got the read-back again (the first was read as the refund's reason). A
 * reply that only agrees, refuses or withdraws answers the read-back; the action said back agrees.
 */
describe('a plain reply to a read-back is heard as one', () => {
  it('reads agreement, and the action said back, per tool', () => {
    expect(agreesAtReadBack("that's right", 'issue_refund')).toBe(true);
    expect(agreesAtReadBack('go for it', 'issue_refund')).toBe(true);
    expect(agreesAtReadBack('ok refund it please', 'issue_refund')).toBe(true);
    expect(agreesAtReadBack('cancel it', 'cancel_order')).toBe(true);
    expect(agreesAtReadBack('cancel it', 'issue_refund')).toBe(false);
    expect(agreesAtReadBack('refund it to my other card', 'issue_refund')).toBe(false);
    expect(plainReplyAtReadBack('forget it', 'issue_refund')).toBe(true);
    expect(plainReplyAtReadBack('right, and is my webhook fixed yet?', 'issue_refund')).toBe(false);
  });

  for (const reply of ["that's right", 'refund it', 'go for it']) {
    it(`"${reply}" to the refund's read-back refunds it, once`, async () => {
      const o = await converse(
        'support',
        ["I was charged twice for invoice INV-2033, I'd like a refund", reply],
        {
          tool: 'issue_refund',
          result: { refunded: true },
        },
      );
      expect(o.unmet).toEqual([]);
      expect(o.turns[1].agent).toBe('Billing');
      expect(toolsOf(o).filter((t) => t.tool === 'issue_refund')).toHaveLength(1);
    }, 120_000);
  }

  it('"cancel it" to the refund\'s read-back refunds nothing', async () => {
    const o = await converse(
      'support',
      ["I was charged twice for invoice INV-2033, I'd like a refund", 'cancel it'],
      {
        never_tools: ['issue_refund'],
      },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
