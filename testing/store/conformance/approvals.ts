import { expect, it } from 'vitest';
import { type ApprovalStore, approvalStoreFor, type NewApproval } from '../../../src/store/approvals.ts';
import { sqlDatabaseOf } from '../../../src/store/sqlHandle.ts';
import { rowsOf } from '../../../src/store/sqlHelpers.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { newConversation, unique } from './fixtures.ts';

/** Pending tool calls: asked once per call, listed per tenant, decided once (first decision wins). */
export function approvalConformance(store: () => ConversationStore): void {
  const approvals = (): Promise<ApprovalStore> => approvalStoreFor(store());
  const ask = async (tenant: string | null, overrides: Partial<NewApproval> = {}): Promise<NewApproval> => {
    const conv = await newConversation(store(), { tenant });
    return {
      tenant,
      conversationId: conv.id,
      graph: conv.graph,
      turn: 1,
      callId: 'call_t1_2',
      tool: 'issue_refund',
      agent: 'Billing',
      arguments: { invoiceId: 'INV-2040', amount: null },
      reason: 'Refund of $845.10 exceeds the $500 self-service limit',
      ...overrides,
    };
  };

  it('records a pending call once per (conversation, turn, call id), with a versioned request', async () => {
    const input = await ask(unique('acme'));
    const first = await (await approvals()).request(input);
    const again = await (await approvals()).request(input);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({
      ...input,
      status: 'pending',
      decidedAt: null,
      decidedBy: null,
      note: null,
    });
    expect(first.createdAt).toBeInstanceOf(Date);
    expect(await (await approvals()).get(first.id)).toEqual(first);
    const db = await sqlDatabaseOf(store());
    if (db) {
      const [row] = rowsOf<{ request: Record<string, unknown> }>(
        await db.execute(`select request from approvals where id = '${first.id}'`),
      );
      expect(row.request).toEqual({
        v: 1,
        tool: input.tool,
        agent: input.agent,
        arguments: input.arguments,
        reason: input.reason,
      });
    }
  });

  it('lists by tenant (null = no tenant) and status', async () => {
    const acme = unique('acme');
    const mine = await (await approvals()).request(await ask(acme));
    const theirs = await (await approvals()).request(await ask(unique('globex')));
    const none = await (await approvals()).request(await ask(null));
    const ids = async (filter: Parameters<ApprovalStore['list']>[0]) =>
      (await (await approvals()).list(filter)).map((a) => a.id);
    expect(await ids({ tenant: acme })).toEqual([mine.id]);
    expect(await ids({ tenant: null })).toContain(none.id);
    expect(await ids({ tenant: null })).not.toContain(theirs.id);
    expect(await ids({ conversationId: theirs.conversationId })).toEqual([theirs.id]);
    expect(await ids({ tenant: acme, status: 'approved' })).toEqual([]);
  });

  it('keeps the first decision: a second one changes nothing and says so', async () => {
    const pending = await (await approvals()).request(await ask(unique('acme')));
    const first = await (await approvals()).decide(pending.id, { status: 'denied', by: 'dana', note: 'no' });
    expect(first.decided).toBe(true);
    expect(first.record).toMatchObject({ status: 'denied', decidedBy: 'dana', note: 'no' });
    expect(first.record?.decidedAt).toBeInstanceOf(Date);
    const second = await (await approvals()).decide(pending.id, {
      status: 'approved',
      by: 'eve',
      note: null,
    });
    expect(second).toEqual({ decided: false, record: first.record });
    expect(
      await (await approvals()).decide('apr_missing', { status: 'approved', by: 'x', note: null }),
    ).toEqual({
      decided: false,
      record: null,
    });
  });
}
