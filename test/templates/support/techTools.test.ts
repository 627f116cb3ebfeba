import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { CALL_ERRORS } from '../../../templates/support/callErrors.ts';
import { fetchCallLog, runWebhookDiagnostic } from '../../../templates/support/techTools.ts';
import { diagnoseWebhook } from '../../../templates/support/webhookDiagnosis.ts';
import { rows, seededSupportDb, toolContext } from '../../support/templates/support/supportTestDb.ts';

let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSupportDb());
});
afterAll(() => close());

describe('fetch_call_log', () => {
  it('explains one failed call by id and remembers its account', async () => {
    const ctx = toolContext(db, 'TechSupport');
    const result: any = await fetchCallLog.execute({ callId: 'call 50117' }, ctx);
    expect(result).toMatchObject({
      found: true,
      callId: 'CALL-50117',
      status: 'failed',
      errorCode: 'SIP-408',
      startedAt: 'Apr 6, 2025 at 16:45 UTC',
      explanation: CALL_ERRORS['SIP-408'].meaning,
      fix: CALL_ERRORS['SIP-408'].fix,
    });
    expect(ctx.state).toEqual({ accountId: 'ACC-1009', plan: 'Scale' });
  });

  it("lists an account's latest failed or dropped calls, newest first, as stored", async () => {
    const result: any = await fetchCallLog.execute({ accountId: 'ACC-1009' }, toolContext(db, 'TechSupport'));
    const expected = await rows<{ id: string }>(
      db,
      "SELECT id FROM support_call_logs WHERE account_id = 'ACC-1009' AND status IN ('failed', 'dropped') ORDER BY started_at DESC LIMIT 3",
    );
    expect(result.calls.map((c: { callId: string }) => c.callId)).toEqual(expected.map((r) => r.id));
    expect(result.calls.every((c: { status: string }) => c.status !== 'completed')).toBe(true);
    expect(result).toMatchObject({ found: true, count: 3, callId: expected[0].id });
  });

  it('uses the account from the state when no id is passed', async () => {
    const result: any = await fetchCallLog.execute(
      {},
      toolContext(db, 'TechSupport', { accountId: 'ACC-1002' }),
    );
    expect(result.calls.map((c: { errorCode: string }) => c.errorCode)).toEqual(['SIP-503', 'SIP-503']);
  });

  it('says plainly when a call completed or an account has no failures', async () => {
    const completed: any = await fetchCallLog.execute(
      { callId: 'CALL-50101' },
      toolContext(db, 'TechSupport'),
    );
    expect(completed).toMatchObject({
      found: true,
      status: 'completed',
      errorCode: 'none',
      duration: '5m 12s',
    });
    const clean: any = await fetchCallLog.execute({ accountId: 'ACC-1005' }, toolContext(db, 'TechSupport'));
    expect(clean).toMatchObject({ found: false, count: 0, message: expect.stringContaining('no failed') });
  });

  it('answers found:false for unknown calls and accounts, and asks for an id when it has none', async () => {
    const ctx = toolContext(db, 'TechSupport');
    expect(await fetchCallLog.execute({ callId: 'CALL-1' }, ctx)).toMatchObject({
      found: false,
      callId: 'CALL-1',
    });
    expect(await fetchCallLog.execute({ accountId: 'ACC-777' }, ctx)).toMatchObject({ found: false });
    expect(await fetchCallLog.execute({}, ctx)).toMatchObject({ found: false, missing: 'accountId' });
  });

  it('has an explanation for every error code in the seeded log', async () => {
    const codes = await rows<{ error_code: string }>(
      db,
      'SELECT DISTINCT error_code FROM support_call_logs WHERE error_code IS NOT NULL',
    );
    expect(codes.map((c) => c.error_code).filter((code) => !CALL_ERRORS[code])).toEqual([]);
  });
});

describe('run_webhook_diagnostic', () => {
  it.each([
    ['WH-301', 'healthy', /succeeded/],
    ['WH-302', 'server_error', /HTTP 500/],
    ['WH-303', 'auth', /signature/],
    ['WH-304', 'timeout', /10 seconds/],
    ['WH-305', 'tls', /secure connection/],
    ['WH-306', 'not_found', /HTTP 404/],
    ['WH-307', 'server_error', /HTTP 502/],
    ['WH-308', 'rate_limited', /429/],
  ])(
    'explains the last delivery of seeded webhook %s as %s, with a fix',
    async (webhookId, category, diagnosis) => {
      const result: any = await runWebhookDiagnostic.execute({ webhookId }, toolContext(db, 'TechSupport'));
      expect(result).toMatchObject({ found: true, webhookId, category });
      expect(result.diagnosis).toMatch(diagnosis);
      expect(result.fix.length).toBeGreaterThan(20);
    },
  );

  it("picks the account's failing webhook over a healthy one and remembers the account", async () => {
    const ctx = toolContext(db, 'TechSupport');
    const result: any = await runWebhookDiagnostic.execute({ accountId: 'ACC-1009' }, ctx);
    expect(result).toMatchObject({ webhookId: 'WH-306', healthy: false, otherWebhooks: ['WH-310'] });
    expect(ctx.state.accountId).toBe('ACC-1009');
  });

  it('answers found:false for unknown webhooks and for accounts without webhooks', async () => {
    const ctx = toolContext(db, 'TechSupport');
    expect(await runWebhookDiagnostic.execute({ webhookId: 'WH-999' }, ctx)).toMatchObject({ found: false });
    expect(await runWebhookDiagnostic.execute({ accountId: 'ACC-1008' }, ctx)).toMatchObject({
      found: false,
    });
    const empty = toolContext(db, 'TechSupport');
    expect(await runWebhookDiagnostic.execute({}, empty)).toMatchObject({
      found: false,
      missing: 'accountId',
    });
  });
});

describe('diagnoseWebhook', () => {
  it('classifies transport failures from the error text when there is no HTTP status', () => {
    expect(diagnoseWebhook(null, 'connect ECONNREFUSED 10.0.0.4:443').category).toBe('connection');
    expect(diagnoseWebhook(null, 'SSL: unable to verify the first certificate').category).toBe('tls');
    expect(diagnoseWebhook(null, 'request timeout').category).toBe('timeout');
    expect(diagnoseWebhook(null, null)).toMatchObject({ category: 'never_delivered', healthy: true });
    expect(diagnoseWebhook(422, 'HTTP 422').category).toBe('client_error');
  });
});
