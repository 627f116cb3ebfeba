import { describe, expect, it } from 'vitest';
import {
  answerFromResults,
  askForArgument,
  clarifyingQuestion,
  describeResult,
  fillTemplate,
  isFailure,
} from '../../../src/models/offline/responseTemplates.ts';
import { buildSupportGraph } from '../../../src/routing/fixtures/supportGraph.ts';

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

  it('says the result message when the template cannot be filled, before any raw listing', () => {
    const billing = graph.byName.get('Billing');
    const output = { found: false, invoiceId: 'INV-9', message: "I couldn't find invoice INV-9." };
    const answer = answerFromResults(
      billing,
      [{ name: 'lookup_invoice', callId: 'c', output, args: {} }],
      {},
    );
    expect(answer).toBe("I couldn't find invoice INV-9.");
  });

  it('asks for the argument a result says is missing, with the agent template or the generic question', () => {
    const output = { found: false, missing: 'invoiceId', message: 'I need an invoice number.' };
    const result = { name: 'lookup_invoice', callId: 'c', output, args: {} };
    expect(answerFromResults(graph.byName.get('Billing'), [result], {})).toBe(
      'Which invoice is it about? The number starts with INV.',
    );
    expect(answerFromResults(graph.byName.get('Sales'), [result], {})).toBe(
      'Could you give me your invoice ID?',
    );
  });

  it('never fills a failed result into the success template from the state or the arguments', () => {
    const sales = graph.byName.get('Sales');
    // Every placeholder of the get_quote template could come from the call and an older state.
    const failed = {
      name: 'get_quote',
      callId: 'c',
      output: { ok: false, message: 'Quotes are down for maintenance.' },
      args: { plan: 'pro', seats: 3 },
    };
    expect(answerFromResults(sales, [failed], { total: 75 })).toBe('Quotes are down for maintenance.');
    expect(isFailure(failed.output)).toBe(true);
    expect(isFailure({ found: true, paid: false })).toBe(false);
  });

  it('fills placeholders from the result first, then the call arguments, then the state', () => {
    const sales = graph.byName.get('Sales');
    const result = { name: 'get_quote', callId: 'c', output: { total: 75 }, args: { plan: 'pro', seats: 3 } };
    // The state still holds an earlier quote: the current call's own values win.
    const answer = answerFromResults(sales, [result], { plan: 'basic', seats: 9, total: 90 });
    expect(answer).toBe('The pro plan for 3 seats comes to 75 dollars per month.');
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
