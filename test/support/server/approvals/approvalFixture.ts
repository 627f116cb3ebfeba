import { expect } from 'vitest';
import { rowsOf } from '../../../../src/store/sqlHelpers.ts';
import type { ConversationStore } from '../../../../src/store/types.ts';
import type { TestServer } from '../serverFixture.ts';

/** A support conversation of `key`'s tenant parked on the INV-2040 refund ($845.10, over the limit), read back and agreed to. */
export async function refundAwaitingApproval(
  server: TestServer,
  key: string,
): Promise<{ conversationId: string; approvalId: string }> {
  const conv = await server.request('POST', '/v1/conversations', { key, body: { graph: 'support' } });
  const ask = await server.request('POST', `/v1/conversations/${conv.body.id}/messages`, {
    key,
    body: { text: 'please refund invoice INV-2040, I was charged twice' },
  });
  // A refund is read back first and nothing is asked of an operator until the customer says yes.
  expect(ask.body.reply).toMatch(/Just to confirm: a refund on invoice INV-2040/);
  expect(ask.body.status).not.toBe('awaiting_approval');
  const turn = await server.request('POST', `/v1/conversations/${conv.body.id}/messages`, {
    key,
    body: { text: 'yes' },
  });
  expect(turn.body.status).toBe('awaiting_approval');
  const list = await server.request('GET', '/v1/approvals', { key });
  const approval = list.body.data.find((a: any) => a.conversationId === conv.body.id);
  expect(approval).toBeDefined();
  return { conversationId: conv.body.id, approvalId: approval.id };
}

/** The refund rows INV-2040 has in the support tables. */
export async function refundRows(store: ConversationStore) {
  return rowsOf<{ amount_cents: number; status: string }>(
    await (await store.toolDb()).execute(
      "select amount_cents, status from support_refunds where invoice_id = 'INV-2040' order by id",
    ),
  );
}
