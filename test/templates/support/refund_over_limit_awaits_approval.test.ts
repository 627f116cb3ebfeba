import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { STILL_AWAITING_APPROVAL_REPLY } from '../../../src/runtime/approvalPause.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createPgliteStore } from '../../../src/store/pgliteStore.ts';
import { rowsOf } from '../../../src/store/sqlHelpers.ts';
import type { ConversationStore } from '../../../src/store/types.ts';

/*
 * Issue #22.1: INV-2040 ($845.10) is over the $500 self-service limit. It used to escalate the whole
 * conversation to Human; now the refund call waits for a person, stored durably, and the customer is
 * told it is being reviewed. The process restarts while it waits; the decision still resumes it.
 */

const dir = mkdtempSync(join(tmpdir(), 'sb-approval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(): Promise<{ store: ConversationStore; sb: Switchboard }> {
  const store = await createPgliteStore({ dataDir: dir });
  await store.migrate();
  const models = createAgentModelFactory({ model: 'offline' });
  return { store, sb: await Switchboard.create({ graph: await loadGraph('support'), store, models }) };
}

const refundRows = async (store: ConversationStore) =>
  rowsOf<{ amount_cents: number; status: string }>(
    await (await store.toolDb()).execute(
      "select amount_cents, status from support_refunds where invoice_id = 'INV-2040' order by id",
    ),
  );

describe('a refund over the limit', () => {
  it('waits for approval (no refund, no Human), survives a restart, then resumes with Billing', {
    timeout: 120_000,
  }, async () => {
    let { store, sb } = await open();
    const conv = await sb.createConversation();
    const readBack = await sb.send(conv.id, 'I need a refund for invoice INV-2040, I was charged twice');
    // Read back in one line first (docs/dialogue.md); the yes makes the call that waits for approval.
    expect(readBack.reply).toMatch(/^Just to confirm: a refund on invoice INV-2040/);
    expect(readBack.handoffs.map((h) => h.to)).toEqual(['Billing']); // not Human
    expect(readBack.toolCalls).toEqual([]);
    const asked = await sb.send(conv.id, 'yes');

    expect(asked.status).toBe('awaiting_approval');
    expect(asked.agent).toBe('Billing');
    expect(asked.reply).toMatch(/being reviewed/);
    expect(asked.reply).toContain('$845.10');
    expect(asked.handoffs).toEqual([]); // not Human
    expect(asked.toolCalls).toEqual([]); // the refund did not run
    expect(await refundRows(store)).toEqual([]);

    const [pending] = await sb.pendingApprovals();
    expect(pending).toMatchObject({
      conversationId: conv.id,
      tool: 'issue_refund',
      agent: 'Billing',
      arguments: expect.objectContaining({ invoiceId: 'INV-2040' }),
      reason: 'Refund of $845.10 on INV-2040 exceeds the $500 self-service limit',
      status: 'pending',
      decidedBy: null,
    });
    // Stored JSON carries its schema version.
    const [stored] = rowsOf<{ request: { v: number } }>(
      await (await store.toolDb()).execute(`select request from approvals where id = '${pending.id}'`),
    );
    expect(stored.request.v).toBe(1);

    // The customer writes while it waits: told again, the model does not run, nothing is refunded.
    const again = await sb.send(conv.id, 'any news?');
    expect(again).toMatchObject({ status: 'awaiting_approval', reply: STILL_AWAITING_APPROVAL_REPLY });
    expect((await sb.pendingApprovals()).map((a) => a.id)).toEqual([pending.id]);
    await store.close();

    // A restart: the pending call is read back from the database and the decision resumes it.
    ({ store, sb } = await open());
    expect((await sb.pendingApprovals()).map((a) => a.id)).toEqual([pending.id]);
    const { approval, result } = await sb.decideApproval(pending.id, { status: 'approved', by: 'dana' });
    expect(approval).toMatchObject({ status: 'approved', decidedBy: 'dana', decidedAt: expect.any(Date) });
    expect(result).toMatchObject({ status: 'active', agent: 'Billing' });
    expect(result?.reply).toContain("I've refunded $845.10 on invoice INV-2040");
    expect(await refundRows(store)).toEqual([{ amount_cents: 84510, status: 'issued' }]);
    expect(await sb.pendingApprovals()).toEqual([]);
    const events = await store.listEvents(conv.id);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['approval.requested', 'approval.decided', 'tool.result']),
    );
    await store.close();
  });
});
