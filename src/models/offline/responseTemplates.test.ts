import { describe, expect, it } from 'vitest';
import { buildSupportGraph } from '../../routing/fixtures/supportGraph.ts';
import {
  answerFromResults,
  askForArgument,
  clarifyingQuestion,
  describeResult,
  fillTemplate,
} from './responseTemplates.ts';

describe('offline response templates', () => {
  const graph = buildSupportGraph();

  it('fills placeholders from the result, then state, then call arguments', () => {
    const text = fillTemplate('{name}: invoice {invoice.id} is {status} (asked {askedFor})', [
      { status: 'paid', invoice: { id: 'INV-1042' } },
      { name: 'Dana' },
      { askedFor: 'status' },
    ]);
    expect(text).toBe('Dana: invoice INV-1042 is paid (asked status)');
  });

  it('refuses a template it cannot fill completely instead of inventing', () => {
    expect(fillTemplate('Refund {refundId} of {amount}', [{ refundId: 'RF-1' }])).toBeUndefined();
    const billing = graph.byName.get('Billing');
    const answer = answerFromResults(
      billing,
      [{ name: 'lookup_invoice', callId: 'c1', output: { invoiceId: 'INV-9', status: 'open' }, args: {} }],
      undefined,
    );
    // The template needs amount and dueDate, which the tool did not return: plain listing instead.
    expect(answer).toBe('Lookup invoice: invoice ID INV-9, status open.');
  });

  it('describes results of every shape without adding anything', () => {
    const r = (output: unknown) => ({ name: 'check_status', callId: 'c', output, args: {} });
    expect(describeResult(r({ error: 'service unavailable' }))).toBe(
      "Sorry, I couldn't check status: service unavailable",
    );
    expect(describeResult(r([]))).toBe('Check status: nothing found.');
    expect(describeResult(r('all green'))).toBe('Check status: all green');
    expect(describeResult(r(null))).toBe('Check status: done, nothing was returned.');
  });

  it('asks for a missing argument with the agent template or a generic question', () => {
    expect(askForArgument(graph.byName.get('Billing'), 'invoiceId')).toBe(
      'Which invoice is it about? The number starts with INV.',
    );
    expect(askForArgument(graph.byName.get('Sales'), 'invoiceId')).toBe('Could you give me your invoice ID?');
  });

  it('builds the clarifying question from the enabled specialist handoffs only', () => {
    const all = ['transfer_to_Billing', 'transfer_to_TechSupport', 'transfer_to_Sales', 'transfer_to_Human'];
    expect(clarifyingQuestion(graph, 'Triage', all)).toBe(
      'I can help with billing questions, technical support and sales. What can I do for you?',
    );
    expect(clarifyingQuestion(graph, 'Triage', ['transfer_to_Sales', 'transfer_to_Human'])).toBe(
      'I can help with sales. What can I do for you?',
    );
    expect(clarifyingQuestion(graph, 'Billing', ['transfer_to_Triage', 'transfer_to_Human'])).toBe(
      'Could you tell me a bit more about what you need with billing questions?',
    );
  });
});
