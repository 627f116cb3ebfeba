import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApprovalDecision } from '../../../src/server/schemas.ts';
import { refundAwaitingApproval, refundRows } from '../../support/server/approvals/approvalFixture.ts';
import { startTestServer, type TestServer } from '../../support/server/serverFixture.ts';

describe('a denied approval', () => {
  let server: TestServer;
  let key: string;
  beforeAll(async () => {
    server = await startTestServer();
    key = (await server.keys.create({ tenant: 'acme' })).key;
  });
  afterAll(() => server.close());

  it('never runs the call; the agent that asked tells the customer, with the note; the decision is audited', {
    timeout: 120_000,
  }, async () => {
    const { conversationId, approvalId } = await refundAwaitingApproval(server, key);
    const note = 'the duplicate charge was already credited to your account on March 3';
    const denied = await server.request('POST', `/v1/approvals/${approvalId}/deny`, {
      key,
      body: { note, operator: 'dana' },
    });
    expect(denied.status).toBe(200);
    ApprovalDecision.parse(denied.body);
    expect(denied.body.approval).toMatchObject({
      status: 'denied',
      note,
      decidedBy: expect.stringMatching(/^dana \(key:key_/),
      decidedAt: expect.any(String),
    });
    expect(denied.body.turn).toMatchObject({ agent: 'Billing', status: 'active' });
    expect(denied.body.turn.reply).toContain(note);
    expect(denied.body.turn.toolCalls).toEqual([]);
    expect(await refundRows(server.store)).toEqual([]);

    // The customer reads it in the conversation; the conversation carries on with Billing.
    const detail = await server.request('GET', `/v1/conversations/${conversationId}`, { key });
    expect(detail.body.status).toBe('active');
    expect(detail.body.activeAgent).toBe('Billing');
    expect(JSON.stringify(detail.body.transcript)).toContain(note);
    const audit = await server.request('GET', '/v1/approvals?status=denied', { key });
    expect(audit.body.data.map((a: any) => a.id)).toEqual([approvalId]);

    // Approving afterwards is a conflict, not a refund.
    const late = await server.request('POST', `/v1/approvals/${approvalId}/approve`, { key });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/already denied by dana/);
    expect(await refundRows(server.store)).toEqual([]);
  });
});
