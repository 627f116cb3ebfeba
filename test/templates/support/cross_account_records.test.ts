import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnResult } from '../../../src/runtime/runTurn.ts';
import type { ToolDb } from '../../../src/store/types.ts';
import { changePlan, issueRefund, lookupInvoice } from '../../../templates/support/billingTools.ts';
import { fetchCallLog, runWebhookDiagnostic } from '../../../templates/support/techTools.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows, seededSupportDb, toolContext } from '../../support/templates/support/supportTestDb.ts';

/**
 * Issue #17 item 4: a caller who said "my account is ACC-1002" must not reach ACC-1008's invoice,
 * refund it, or hear ACC-1008's call log. Records of another account are answered exactly like
 * records that do not exist.
 */

const t = useOfflineTemplate('support', { perTest: true });

const said = (turn: TurnResult) => JSON.stringify([turn.reply, turn.toolCalls.map((c) => c.result)]);

describe('support: a conversation never reaches another account (offline model, whole conversation)', () => {
  it('ACC-1002 asks for INV-2044 (ACC-1008), a refund, then the call log: nothing of ACC-1008 is read or changed', async () => {
    const { id } = await t.switchboard.createConversation();
    const say = (text: string) => t.switchboard.send(id, text);

    const intro = await say('my account is ACC-1002');
    expect(intro.toolCalls[0]).toMatchObject({ tool: 'lookup_invoice', result: { accountId: 'ACC-1002' } });

    const foreign = await say('can you check invoice INV-2044');
    expect(foreign.toolCalls.map((c) => c.tool)).toEqual(['lookup_invoice']);
    expect(foreign.reply).toBe("I couldn't find invoice INV-2044. Invoice numbers look like INV-2041.");
    expect(said(foreign)).not.toMatch(/ACC-1008|\$29\.00|February 2025/);

    // "it" is the invoice that was not found: nothing is refunded, not even the one discussed before.
    // Read back first (the customer's own invoice number, nothing of ACC-1008), then refused on the yes.
    const readBack = await say('please refund it');
    expect(readBack.reply).toBe(
      'Just to confirm: a refund on invoice INV-2044 to the card on file. Shall I go ahead?',
    );
    expect(readBack.toolCalls).toEqual([]);
    const refund = await say('yes');
    expect(refund.reply).toBe("I couldn't find invoice INV-2044. Invoice numbers look like INV-2041.");
    const db = await t.store.toolDb();
    expect(
      await rows(db, "select id from support_refunds where invoice_id in ('INV-2044', 'INV-2048')"),
    ).toEqual([]);

    const calls = await say('my calls keep failing');
    expect(calls.toolCalls[0]).toMatchObject({ tool: 'fetch_call_log', result: { accountId: 'ACC-1002' } });
    expect(said(calls)).not.toContain('ACC-1008');
    expect((await t.store.getConversation(id))!.context).toMatchObject({ accountId: 'ACC-1002' });
  });

  it("ACC-1002 asks for call CALL-50114 (ACC-1008): not found, and the call log shown is ACC-1002's", async () => {
    const { id } = await t.switchboard.createConversation();
    const say = (text: string) => t.switchboard.send(id, text);
    await say('my account is ACC-1002');

    const own = await say('my calls keep failing');
    expect(own.toolCalls.map((c) => c.tool)).toEqual(['fetch_call_log']);
    expect(own.toolCalls[0].result).toMatchObject({ found: true, accountId: 'ACC-1002' });

    const foreign = await say('what about call CALL-50114');
    expect(foreign.reply).toContain("I couldn't find call CALL-50114");
    expect(said(foreign)).not.toMatch(/ACC-1008|SIP-480/);
    expect((await t.store.getConversation(id))!.context).toMatchObject({ accountId: 'ACC-1002' });
  });
});

describe('support tools scope every record to the conversation account', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededSupportDb());
  });
  afterAll(() => close());
  const onAccount = (agent: string) => toolContext(db, agent, { accountId: 'ACC-1002', plan: 'Scale' });

  it('lookup_invoice: another account’s invoice reads exactly like a missing one', async () => {
    const foreign = await lookupInvoice.execute({ invoiceId: 'INV-2044' }, onAccount('Billing'));
    const missing = await lookupInvoice.execute({ invoiceId: 'INV-9999' }, onAccount('Billing'));
    expect(foreign).toEqual({ ...(missing as object), invoiceId: 'INV-2044', message: expect.any(String) });
    expect((foreign as { message: string }).message).toBe(
      (missing as { message: string }).message.replace('INV-9999', 'INV-2044'),
    );
  });

  it('lookup_invoice: the first invoice named establishes the account, which then never switches', async () => {
    const ctx = toolContext(db, 'Billing');
    expect(await lookupInvoice.execute({ invoiceId: 'INV-2040' }, ctx)).toMatchObject({ found: true });
    expect(ctx.state.accountId).toBe('ACC-1002');
    expect(await lookupInvoice.execute({ invoiceId: 'INV-2044' }, ctx)).toMatchObject({ found: false });
    expect(ctx.state.accountId).toBe('ACC-1002');
    // The invoice under discussion is now the one that was not found, so no later "refund it" hits INV-2040.
    expect(ctx.state.invoiceId).toBeUndefined();
  });

  it('an account id other than the established one is refused, whether or not it exists', async () => {
    const real = await lookupInvoice.execute({ accountId: 'ACC-1008' }, onAccount('Billing'));
    const made_up = await lookupInvoice.execute({ accountId: 'ACC-7777' }, onAccount('Billing'));
    expect(real).toEqual(made_up);
    expect(real).toMatchObject({ found: false, otherOwner: true });
    expect(JSON.stringify(real)).not.toContain('ACC-1008');
    expect(await changePlan.execute({ accountId: 'ACC-1008', plan: 'Scale' }, onAccount('Billing'))).toEqual(
      real,
    );
    const [plan] = await rows<{ plan: string }>(
      db,
      "select plan from support_accounts where id = 'ACC-1008'",
    );
    expect(plan.plan).toBe('Starter');
  });

  it('issue_refund: no refund on another account’s invoice, even when it is named outright', async () => {
    const result = await issueRefund.execute(
      { invoiceId: 'INV-2044', reason: 'charged twice' },
      onAccount('Billing'),
    );
    expect(result).toMatchObject({ found: false, invoiceId: 'INV-2044' });
    expect(await rows(db, "select id from support_refunds where invoice_id = 'INV-2044'")).toEqual([]);
  });

  it('fetch_call_log and run_webhook_diagnostic: another account’s call or webhook is not found', async () => {
    expect(await fetchCallLog.execute({ callId: 'CALL-50114' }, onAccount('TechSupport'))).toEqual({
      found: false,
      callId: 'CALL-50114',
      message: "I couldn't find call CALL-50114. Call IDs look like CALL-50111.",
    });
    expect(await runWebhookDiagnostic.execute({ webhookId: 'WH-304' }, onAccount('TechSupport'))).toEqual({
      found: false,
      webhookId: 'WH-304',
      message: "I couldn't find webhook WH-304. Webhook IDs look like WH-303.",
    });
    const ctx = onAccount('TechSupport');
    expect(await fetchCallLog.execute({ callId: 'CALL-50104' }, ctx)).toMatchObject({ found: true });
    expect(ctx.state.accountId).toBe('ACC-1002');
  });
});
