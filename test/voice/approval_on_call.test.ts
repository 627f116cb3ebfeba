import { afterEach, describe, expect, it } from 'vitest';
import { APPROVAL_CALLBACK_MESSAGE, approvalHoldMessage } from '../../src/voice/callApproval.ts';
import { refundRows } from '../support/server/approvals/approvalFixture.ts';
import { CALLER, startApprovalCall } from '../support/voice/approvalCall.ts';
import { waitFor } from '../support/voice/waitFor.ts';

let call: Awaited<ReturnType<typeof startApprovalCall>> | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const events = async (type: string) =>
  (await call!.store.listEvents(call!.conversationId)).filter((e) => e.type === type).map((e) => e.data);

/** Issue #22 §1 on a call: a tool that needs approval holds the caller, or promises a callback. */
// A whole call per test, with the first one paying for the tools' database and the template's start.
describe('a refund over the limit asked for on a phone call', { timeout: 90_000 }, () => {
  it('approved while the caller holds: told it is reviewed, the refund runs once, the decision is spoken', async () => {
    call = await startApprovalCall({ holdMs: 30_000 });
    const { approval, conversationId, server, store } = call;
    expect(approval).toMatchObject({ tool: 'issue_refund' });
    expect(approval.reason).toMatch(/\$845\.10 on INV-2040 exceeds the \$500(\.00)? self-service limit/);
    // Stored as chat stores it: awaiting approval, the call in the history, nothing refunded yet.
    expect((await store.getConversation(conversationId))!.status).toBe('awaiting_approval');
    expect(await refundRows(store)).toEqual([]);
    await waitFor(() => call!.said().includes(approvalHoldMessage(approval.reason)), 'the hold message');

    const decided = await server.request('POST', `/v1/approvals/${approval.id}/approve`, {
      operator: 'dana',
    });
    expect(decided.status).toBe(200);
    const reply = decided.body.turn.reply as string;
    expect(reply).toMatch(/845\.10/);
    // The resumed Billing's answer reaches the caller, still on the line.
    await waitFor(() => call!.said().includes(reply), 'the decision spoken to the caller');
    expect(call.session.ended).toBe(false);
    expect(await refundRows(store)).toEqual([{ amount_cents: 84510, status: 'issued' }]);
    expect((await store.getConversation(conversationId))!).toMatchObject({
      status: 'active',
      activeAgent: 'Billing',
    });

    // Deciding again runs nothing more; the call goes on after the resumed turn and ends normally.
    await server.request('POST', `/v1/approvals/${approval.id}/approve`, { operator: 'dana' });
    call.caller.hangup();
    expect(await call.session.finished).toBe('ended');
    expect(await refundRows(store)).toHaveLength(1);
    expect(await events('telephony.callback.requested')).toEqual([]);
  });

  it('denied while the caller holds: the agent says so with the note, nothing is refunded', async () => {
    call = await startApprovalCall({ holdMs: 30_000 });
    const { approval, server, store } = call;
    const decided = await server.request('POST', `/v1/approvals/${approval.id}/deny`, {
      note: 'the second charge was already reversed',
    });
    expect(decided.status).toBe(200);
    const reply = decided.body.turn.reply as string;
    expect(reply).toMatch(/the second charge was already reversed/);
    await waitFor(() => call!.said().includes(reply), 'the denial spoken to the caller');
    expect(await refundRows(store)).toEqual([]);
  });

  it('the caller hangs up while holding: the callback request is recorded, the approval still waits', async () => {
    call = await startApprovalCall({ holdMs: 30_000 });
    const { approval, conversationId, server, store } = call;
    await waitFor(() => call!.said().includes(approvalHoldMessage(approval.reason)), 'the hold message');
    call.caller.hangup();
    expect(await call.session.finished).toBe('awaiting_approval');
    expect(await events('telephony.callback.requested')).toEqual([
      expect.objectContaining({ approvalId: approval.id, number: CALLER, transferId: null }),
    ]);
    expect((await store.getConversation(conversationId))!.status).toBe('awaiting_approval');
    const listed = await server.request('GET', '/v1/approvals');
    expect(listed.body.data.map((a: { id: string }) => a.id)).toEqual([approval.id]);
    expect(call.said()).not.toContain(APPROVAL_CALLBACK_MESSAGE);
  });

  it('no decision within the hold: a callback is promised and recorded; the later approval is kept for it', async () => {
    call = await startApprovalCall({ holdMs: 400 });
    const { approval, conversationId, server, store } = call;
    await waitFor(() => call!.said().includes(APPROVAL_CALLBACK_MESSAGE), 'the promised callback');
    const callback = await waitFor(
      async () => (await events('telephony.callback.requested'))[0],
      'the recorded callback request',
    );
    expect(callback).toMatchObject({ approvalId: approval.id, number: CALLER, transferId: null });

    call.caller.hangup();
    // The call is over but the decision is still owed: the conversation waits in the approvals inbox.
    expect(await call.session.finished).toBe('awaiting_approval');
    const listed = await server.request('GET', '/v1/approvals');
    expect(listed.body.data.map((a: { id: string }) => a.id)).toEqual([approval.id]);

    const decided = await server.request('POST', `/v1/approvals/${approval.id}/approve`, {
      operator: 'dana',
    });
    expect(decided.status).toBe(200);
    expect(await refundRows(store)).toEqual([{ amount_cents: 84510, status: 'issued' }]);
    // The outcome the person calling back reads to the caller is in the conversation.
    const items = await store.getItems(conversationId);
    expect(JSON.stringify(items.at(-1)!.item)).toContain('845.10');
  });
});
