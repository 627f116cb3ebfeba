import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refundAwaitingApproval, refundRows } from '../../support/server/approvals/approvalFixture.ts';
import { startTestServer, type TestServer } from '../../support/server/serverFixture.ts';

describe('approvals are per tenant', () => {
  let server: TestServer;
  let acme: string;
  let globex: string;
  beforeAll(async () => {
    server = await startTestServer();
    acme = (await server.keys.create({ tenant: 'acme' })).key;
    globex = (await server.keys.create({ tenant: 'globex' })).key;
  });
  afterAll(() => server.close());

  it("another tenant neither sees nor decides acme's approval (404, like a missing one)", {
    timeout: 120_000,
  }, async () => {
    const { approvalId } = await refundAwaitingApproval(server, acme);
    const listed = await server.request('GET', '/v1/approvals', { key: globex });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([]);
    for (const verb of ['approve', 'deny']) {
      const attempt = await server.request('POST', `/v1/approvals/${approvalId}/${verb}`, {
        key: globex,
        body: { note: 'not yours' },
      });
      expect(attempt.status).toBe(404);
      expect(attempt.body.error.message).toBe(`approval ${approvalId} not found`);
    }
    const missing = await server.request('POST', '/v1/approvals/apr_nope/approve', { key: globex });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('approval apr_nope not found');

    // Nothing changed: still pending for acme, nothing refunded.
    const own = await server.request('GET', '/v1/approvals', { key: acme });
    expect(own.body.data).toEqual([expect.objectContaining({ id: approvalId, status: 'pending' })]);
    expect(await refundRows(server.store)).toEqual([]);
  });
});
