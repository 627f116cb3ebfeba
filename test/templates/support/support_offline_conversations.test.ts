import { describe, expect, it } from 'vitest';
import { PERSON_ON_REQUEST } from '../../../src/models/offline/offlineModelOptions.ts';
import type { TurnResult } from '../../../src/runtime/runTurn.ts';
import { supportGraph } from '../../../templates/support/graph.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows } from '../../support/templates/support/supportTestDb.ts';

/**
 * Whole conversations on the support template, as `npm start` runs them: the real graph, the offline
 * model for every agent, the runtime, and a real database (in-memory PGlite) seeded by the template's
 * setup SQL. Assertions are on who answered, the handoffs, the tool calls and the rows the tools wrote.
 */

const responsesOf = (agent: string) => supportGraph.agents.find((a) => a.name === agent)!.responses!;
const billingAsk = responsesOf('Billing').askFor!;
const techAsk = responsesOf('TechSupport').askFor!;
const salesAsk = responsesOf('Sales').askFor!;

// A fresh database per test: tools write rows, and no test may see another's refunds.
const t = useOfflineTemplate('support', { perTest: true });

/** A conversation that sends messages one turn at a time. */
async function conversation() {
  const { id } = await t.switchboard.createConversation();
  return { id, say: (text: string) => t.switchboard.send(id, text) };
}

const hops = (turn: TurnResult) => turn.handoffs.map((h) => `${h.from}->${h.to}`);
const tools = (turn: TurnResult) => turn.toolCalls.map((c) => c.tool);

async function query<T = Record<string, unknown>>(sqlText: string): Promise<T[]> {
  return rows<T>(await t.store.toolDb(), sqlText);
}

describe('support template, offline, whole conversations', () => {
  it.each([
    ['Billing', 'can you check invoice INV-2047 for me?', 'lookup_invoice'],
    ['TechSupport', 'our webhook WH-303 stopped delivering events', 'run_webhook_diagnostic'],
    ['Sales', 'what does the Growth plan cost per month?', 'lookup_pricing'],
    // The desk's areas since issue #16: account access, and locked sign-ins.
    ['TechSupport', 'I forgot my password, my account is ACC-1001', 'send_password_reset'],
    ['TechSupport', 'we are locked out of account ACC-1003 after too many attempts', 'unlock_account'],
  ])('routes a first message to %s, which answers with its own tool', async (agent, text, tool) => {
    const chat = await conversation();
    const turn = await chat.say(text);
    expect(turn.agent).toBe(agent);
    expect(turn.handoffs).toEqual([expect.objectContaining({ from: 'Triage', to: agent, kind: 'handoff' })]);
    expect(turn.handoffs[0].reason).toContain(text.replace(/\?$/, '').slice(0, 20));
    expect(tools(turn)).toEqual([tool]);
    expect(turn.status).toBe('active');
  });

  it('looks up an invoice, then refunds it on a yes to the read-back without being told the invoice again', async () => {
    const chat = await conversation();
    const lookup = await chat.say('Hi, can you pull up invoice INV-2039?');
    expect(lookup.agent).toBe('Billing');
    expect(lookup.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'lookup_invoice',
        arguments: expect.objectContaining({ invoiceId: 'INV-2039' }),
      }),
    ]);
    const [invoice] = await query<{ amount_cents: number; period: string }>(
      "select amount_cents, period from support_invoices where id = 'INV-2039'",
    );
    expect(lookup.reply).toContain(invoice.period);
    expect(lookup.reply).toContain(`$${(invoice.amount_cents / 100).toFixed(2)}`);

    const readBack = await chat.say("I'd like a refund on that one please, we were charged twice");
    expect(readBack.agent).toBe('Billing');
    expect(readBack.handoffs).toEqual([]);
    // A refund is read back in one line and made only on a yes (docs/dialogue.md), with the sum the
    // look-up just gave.
    expect(readBack.toolCalls).toEqual([]);
    expect(readBack.reply).toBe(
      'Just to confirm: a refund of $112.40 on invoice INV-2039 to the card on file. Shall I go ahead?',
    );
    const refund = await chat.say('yes');
    expect(refund.agent).toBe('Billing');
    expect(refund.handoffs).toEqual([]);
    expect(refund.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'issue_refund',
        arguments: expect.objectContaining({ invoiceId: 'INV-2039' }),
      }),
    ]);
    expect(refund.status).toBe('active');
    const refunds = await query<{ id: number; amount_cents: number; status: string; reason: string }>(
      "select id, amount_cents, status, reason from support_refunds where invoice_id = 'INV-2039'",
    );
    expect(refunds).toEqual([
      expect.objectContaining({ amount_cents: invoice.amount_cents, status: 'issued' }),
    ]);
    expect(refunds[0].reason).toContain('charged twice');
    expect(refund.reply).toContain(`RF-${refunds[0].id}`);
    const [after] = await query<{ status: string }>(
      "select status from support_invoices where id = 'INV-2039'",
    );
    expect(after.status).toBe('refunded');
  });

  it('holds a refund above $500 for approval with Billing instead of escalating to Human (#22)', async () => {
    const chat = await conversation();
    const readBack = await chat.say('I want a refund on invoice INV-2045, we never used those minutes');
    expect(readBack.agent).toBe('Billing');
    expect(hops(readBack)).toEqual(['Triage->Billing']);
    expect(readBack.reply).toMatch(/^Just to confirm: a refund on invoice INV-2045/);
    const turn = await chat.say('yes');
    expect(turn.agent).toBe('Billing');
    expect(turn.status).toBe('awaiting_approval');
    expect(hops(turn)).toEqual([]);
    expect(tools(turn)).toEqual([]); // the call waits for a person; nothing ran
    const refunds = await query<{ amount_cents: number; status: string }>(
      "select amount_cents, status from support_refunds where invoice_id = 'INV-2045'",
    );
    expect(refunds).toEqual([]);
    expect((await t.store.getConversation(chat.id))?.status).toBe('awaiting_approval');
  });

  it('asks for what the webhook check needs, then runs it on the id given in the next message', async () => {
    const chat = await conversation();
    const first = await chat.say('our webhooks stopped arriving since this morning');
    expect(first.agent).toBe('TechSupport');
    expect(tools(first)).toEqual(['run_webhook_diagnostic']);
    expect(first.toolCalls[0].result).toMatchObject({ found: false, missing: 'accountId' });
    // The result's `missing` is asked for like a missing argument, never read out raw.
    expect(first.reply).toBe(techAsk.accountId);

    const second = await chat.say('WH-303');
    expect(second.agent).toBe('TechSupport');
    expect(second.handoffs).toEqual([]);
    expect(second.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'run_webhook_diagnostic',
        arguments: expect.objectContaining({ webhookId: 'WH-303' }),
        result: expect.objectContaining({ found: true, webhookId: 'WH-303' }),
      }),
    ]);
    const [hook] = await query<{ url: string; last_status: number }>(
      "select url, last_status from support_webhooks where id = 'WH-303'",
    );
    expect(second.reply).toContain(hook.url);
    expect(second.reply).toContain(`HTTP ${hook.last_status}`);
  });

  it("takes an account ID given in answer to its question, and checks that account's calls", async () => {
    const chat = await conversation();
    const first = await chat.say('calls from our office keep failing');
    expect(first.agent).toBe('TechSupport');
    expect(first.reply).toBe(techAsk.accountId);
    const second = await chat.say('ACC-1009');
    expect(second.agent).toBe('TechSupport');
    expect(second.handoffs).toEqual([]);
    expect(second.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'fetch_call_log',
        arguments: expect.objectContaining({ accountId: 'ACC-1009' }),
      }),
    ]);
    const [latest] = await query<{ id: string }>(
      "select id from support_call_logs where account_id = 'ACC-1009' and status in ('failed','dropped') order by started_at desc limit 1",
    );
    expect(second.reply).toContain(latest.id);
  });

  it('says a not-found result in its own words instead of listing the raw fields', async () => {
    const chat = await conversation();
    const turn = await chat.say('can you look up invoice INV-9999');
    expect(turn.agent).toBe('Billing');
    expect(turn.toolCalls[0].result).toMatchObject({ found: false });
    expect(turn.reply).toBe((turn.toolCalls[0].result as { message: string }).message);
    expect(turn.reply).not.toMatch(/found false/i);
  });

  it('hands back to Triage and on to TechSupport in the same turn when the topic changes', async () => {
    const chat = await conversation();
    const first = await chat.say('look up invoice INV-2047 please');
    expect(first.agent).toBe('Billing');
    const [invoice] = await query<{ account_id: string }>(
      "select account_id from support_invoices where id = 'INV-2047'",
    );

    const second = await chat.say('by the way, our outbound calls keep failing');
    expect(second.agent).toBe('TechSupport');
    expect(hops(second)).toEqual(['Billing->Triage', 'Triage->TechSupport']);
    expect(second.handoffs[0].reason).toMatch(/^Customer changed topic/);
    // The account found by Billing's lookup carries over: TechSupport does not ask for it again.
    expect(second.toolCalls).toEqual([
      expect.objectContaining({
        agent: 'TechSupport',
        tool: 'fetch_call_log',
        arguments: expect.objectContaining({ accountId: invoice.account_id }),
      }),
    ]);
    const failed = await query<{ id: string }>(
      `select id from support_call_logs where account_id = '${invoice.account_id}' and status in ('failed','dropped')`,
    );
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.map((c) => c.id)).toContain((second.toolCalls[0].result as { callId: string }).callId);
  });

  it('books a demo across several turns, asking for each detail and taking the answers', async () => {
    const chat = await conversation();
    const turns: TurnResult[] = [];
    const steps: [message: string, expectedReply: string | undefined][] = [
      ["I'd like to book a demo of Relay Cloud", salesAsk.name],
      ['Dana Ruiz', salesAsk.email],
      ['dana@northpeak.example', salesAsk.date],
      // A bare date must answer the question, not route the conversation anywhere.
      ['2031-06-12', salesAsk.company],
      ['Acme Ltd', undefined],
      // The booking is read back in one line and made on "yes" (docs/dialogue.md).
      ['yes', undefined],
    ];
    for (const [message, expectedReply] of steps) {
      const turn = await chat.say(message);
      turns.push(turn);
      expect(turn.agent, message).toBe('Sales');
      if (expectedReply) expect(turn.reply, message).toBe(expectedReply);
    }
    expect(hops(turns[0])).toEqual(['Triage->Sales']);
    expect(turns.slice(1).flatMap(hops)).toEqual([]);
    expect(turns.slice(0, -1).flatMap(tools)).toEqual([]);
    expect(turns.at(-2)!.reply).toBe(
      'Just to confirm: a demo on Thursday 12 June 2031 for Dana Ruiz, invite to dana@northpeak.example. Shall I go ahead?',
    );

    const booking = turns.at(-1)!;
    expect(tools(booking)).toEqual(['book_demo']);
    const demos = await query<{ id: number; name: string; email: string; company: string; slot: string }>(
      'select id, name, email, company, slot from support_demos',
    );
    expect(demos).toEqual([
      expect.objectContaining({
        name: 'Dana Ruiz',
        email: 'dana@northpeak.example',
        company: 'Acme Ltd',
        slot: '2031-06-12',
      }),
    ]);
    expect(booking.reply).toContain(`DEMO-${demos[0].id}`);
  });

  it('asks for the date again when the booking fails on it, without announcing a reference', async () => {
    const chat = await conversation();
    const first = await chat.say('book a demo for me please, my name is Sam Lee, sam@leeworks.example');
    expect(first.reply).toBe(salesAsk.date);
    const date = await chat.say('2031-02-30');
    expect(date.reply).toBe(salesAsk.company);
    expect((await chat.say('Lee Works')).reply).toMatch(/^Just to confirm: a demo on 2031-02-30 for Sam Lee/);
    const invalid = await chat.say('yes');
    expect(tools(invalid)).toEqual(['book_demo']);
    expect(invalid.toolCalls[0].result).toMatchObject({ booked: false, missing: 'date' });
    expect(invalid.reply).toBe(salesAsk.date);
    expect(invalid.reply).not.toMatch(/DEMO-/);
    expect(await query('select id from support_demos')).toEqual([]);

    expect((await chat.say('2031-03-03 then')).reply).toMatch(
      /^Just to confirm: a demo on Monday 3 March 2031/,
    );
    const fixed = await chat.say('yes');
    expect(fixed.agent).toBe('Sales');
    expect(fixed.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'book_demo',
        arguments: expect.objectContaining({ date: '2031-03-03', company: 'Lee Works' }),
      }),
    ]);
    const demos = await query<{ name: string; slot: string }>('select name, slot from support_demos');
    expect(demos).toEqual([{ name: 'Sam Lee', slot: '2031-03-03' }]);
  });

  it('escalates "I want to talk to a person" to Human', async () => {
    const chat = await conversation();
    const turn = await chat.say('I want to talk to a person');
    expect(turn.agent).toBe('Human');
    expect(turn.status).toBe('awaiting_human');
    expect(turn.handoffs).toEqual([
      expect.objectContaining({ from: 'Triage', to: 'Human', kind: 'handoff' }),
    ]);
    expect(turn.toolCalls).toEqual([]);
  });

  it('keeps "what\'s the weather" with Triage and answers with what it can help with', async () => {
    const chat = await conversation();
    const turn = await chat.say("what's the weather");
    expect(turn.agent).toBe('Triage');
    expect(turn.handoffs).toEqual([]);
    expect(turn.toolCalls).toEqual([]);
    // What it can do, and a person on offer (issue #23), never a guessed tool call.
    expect(turn.reply).toBe(`${responsesOf('Triage').fallback} ${PERSON_ON_REQUEST}`);
    expect(turn.reply).not.toBe(responsesOf('Triage').greeting);
  });

  it('keeps a bare answer with the agent that asked for it', async () => {
    const chat = await conversation();
    const first = await chat.say('something on my invoice looks wrong');
    expect(first.agent).toBe('Billing');
    expect(first.reply).toBe(billingAsk.invoiceId);
    // A date is not an invoice number, but it is an answer, not a new topic for Sales.
    const second = await chat.say('2031-06-12');
    expect(second.agent).toBe('Billing');
    expect(second.handoffs).toEqual([]);
    // Asked again, rephrased (the question already shows an example, so no second one is added).
    expect(second.reply).toBe(`Sorry, I didn't catch that. ${billingAsk.invoiceId}`);
    const third = await chat.say('oh sorry, it is INV-2041');
    expect(third.agent).toBe('Billing');
    expect(third.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'lookup_invoice',
        arguments: expect.objectContaining({ invoiceId: 'INV-2041' }),
      }),
    ]);
  });
});
