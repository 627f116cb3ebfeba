import { describe, expect, it } from 'vitest';
import {
  MIN_TOOL_SIMILARITY,
  matchTool,
  NAME_OBJECT_BONUS,
  scoreTools,
  type ToolDoc,
} from '../../../src/models/offline/toolMatcher.ts';

/** Two tools whose long descriptions share most of their words, as real tool descriptions do. */
const BILLING_TOOLS: ToolDoc[] = [
  {
    name: 'lookup_invoice',
    description:
      'Look up an invoice: amount, billing period, status and what has been refunded. Use it whenever the caller asks about a bill, a charge or an invoice, and before any refund.',
  },
  {
    name: 'issue_refund',
    description:
      'Refund all or part of a paid invoice to the card on file. Use only after the caller has asked for a refund and confirmed the invoice and amount.',
    sideEffect: true,
  },
];

describe('tool matcher', () => {
  it('adds a bonus when the message names the object of the tool name', () => {
    const plain = scoreTools('tell me about it', BILLING_TOOLS);
    const named = scoreTools('tell me about the refunds', BILLING_TOOLS);
    const refund = (scores: typeof plain) => scores.find((s) => s.name === 'issue_refund')!.score;
    expect(refund(named) - refund(plain)).toBeGreaterThanOrEqual(NAME_OBJECT_BONUS);
  });

  it('ignores the leading verb of a tool name: "an issue" is not a refund', () => {
    expect(matchTool('I have an issue', BILLING_TOOLS)).toBeUndefined();
    const [best] = scoreTools('I have an issue with my invoice', BILLING_TOOLS);
    expect(best.name).toBe('lookup_invoice');
  });

  it('runs the read-only tool when a side-effect tool only edges it out on similarity', () => {
    const text = 'I have a question about invoice INV-2039';
    const [best, second] = scoreTools(text, BILLING_TOOLS);
    expect(second.score).toBeGreaterThanOrEqual(MIN_TOOL_SIMILARITY);
    expect(matchTool(text, BILLING_TOOLS)?.name).toBe('lookup_invoice');
    // Without the side-effect flag the raw ranking decides.
    const unflagged = BILLING_TOOLS.map(({ sideEffect: _, ...t }) => t);
    expect(matchTool(text, unflagged)?.name).toBe(best.name);
  });

  it('runs the side-effect tool when the customer names what it does', () => {
    expect(matchTool('I want a refund on invoice INV-2045', BILLING_TOOLS)?.name).toBe('issue_refund');
  });

  it('matches nothing for unrelated chat', () => {
    expect(matchTool('what a lovely day', BILLING_TOOLS)).toBeUndefined();
  });

  it('never picks a tool that ends something for good unless the customer says so', () => {
    const tools = [
      { name: 'lookup_invoice', description: 'Look up an invoice of the account: amount, period, status.' },
      {
        name: 'close_account',
        description: 'Close the account for good: stop the subscription and future charges.',
        sideEffect: true,
      },
    ];
    expect(matchTool('my account is ACC-1002', tools)?.name).toBe('lookup_invoice');
    expect(matchTool('I want to close my account ACC-1002', tools)?.name).toBe('close_account');
  });
});
