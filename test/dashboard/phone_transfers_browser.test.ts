import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTelephony } from '../../src/telephony/telephonyEvents.ts';
import {
  browserAvailability,
  launchBrowser,
  screenshot,
  type TestBrowser,
} from '../support/dashboard/browser.ts';
import { type DashboardServer, startDashboardServer } from '../support/dashboard/dashboardServer.ts';

const { run } = browserAvailability();
const DESK = '+15550100000';
const CALLER = '+15551230001';

/*
 * Issue #18: every transfer outcome is visible in the conversation view and in analytics. Two phone
 * conversations are written by the telephony code's own recorder (recordTelephony, as PhoneTransfers
 * writes them): one put through and answered after 1.24 s, one nobody answered (back to Billing, a
 * callback requested). The pages must say so.
 */
describe.runIf(run)('phone transfers in the dashboard', () => {
  let server: DashboardServer;
  let browser: TestBrowser;
  let answered: string;
  let unanswered: string;

  const phoneConversation = async (): Promise<string> => {
    const conv = await server.api('POST', '/v1/conversations', { graph: 'support' });
    await server.api('POST', `/v1/conversations/${conv.id}/messages`, {
      text: 'let me talk to a real person',
    });
    // The call's own event (the voice session stores it): this is a phone conversation.
    const record = (await server.store.getConversation(conv.id))!;
    await server.store.commitTurn({
      conversationId: conv.id,
      expectedVersion: record.version,
      turn: record.turnCount,
      items: [],
      handoffs: [],
      events: [{ turn: record.turnCount, type: 'voice.started', data: { channel: 'phone', from: CALLER } }],
      activeAgent: record.activeAgent,
      status: record.status,
      context: record.context,
      toolCallsAdded: 0,
    });
    return conv.id;
  };
  const started = (transferId: string) => ({
    type: 'telephony.transfer.started' as const,
    data: { transferId, from: 'Billing', to: 'Human', target: DESK, mode: 'cold' as const, callSid: 'CA1' },
  });

  beforeAll(async () => {
    server = await startDashboardServer();
    browser = await launchBrowser();
    const sb = server.context.graphs.get('support')!;
    answered = await phoneConversation();
    await recordTelephony(sb, answered, [
      started('tr_a'),
      {
        type: 'telephony.transfer.answered',
        data: { transferId: 'tr_a', target: DESK, timeToAnswerMs: 1240 },
      },
      {
        type: 'telephony.transfer.completed',
        data: {
          transferId: 'tr_a',
          target: DESK,
          outcome: 'answered',
          durationMs: 1300,
          timeToAnswerMs: 1240,
          returnedTo: null,
        },
      },
    ]);
    unanswered = await phoneConversation();
    await recordTelephony(
      sb,
      unanswered,
      [
        started('tr_b'),
        {
          type: 'telephony.transfer.completed',
          data: {
            transferId: 'tr_b',
            target: DESK,
            outcome: 'no-answer',
            durationMs: 20_000,
            timeToAnswerMs: null,
            returnedTo: 'Billing',
          },
        },
        {
          type: 'telephony.callback.requested',
          data: { transferId: 'tr_b', number: CALLER, reason: 'phone transfer to Human ended no-answer' },
        },
      ],
      {
        handoff: {
          from: 'Human',
          to: 'Billing',
          reason: 'phone transfer to Human ended no-answer',
          intent: 'telephony.transfer_failed',
          kind: 'fallback',
        },
        activeAgent: 'Billing',
        status: 'active',
      },
    );
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const eventTexts = async (id: string): Promise<string[]> => {
    const { page } = browser;
    await page.goto(`${server.url}/conversations/${id}`);
    const list = page.locator('[data-testid=events]');
    await list.locator('.event-telephony').first().waitFor();
    return list.locator('li').evaluateAll((items) => items.map((li) => (li as any).textContent as string));
  };

  it('the conversation view names each outcome: answered with its time, or who has the caller back', async () => {
    const shown = await eventTexts(answered);
    expect(shown).toContainEqual(expect.stringContaining(`Billing → Human: cold transfer to ${DESK}`));
    expect(shown).toContainEqual(expect.stringContaining(`transfer to ${DESK}: answered after 1.2 s`));
    await screenshot(browser.page, 'phone-transfer-answered', { fullPage: true });

    const failed = await eventTexts(unanswered);
    expect(failed).toContainEqual(
      expect.stringContaining(`transfer to ${DESK}: no-answer, caller back with Billing`),
    );
    expect(failed).toContainEqual(expect.stringContaining(`callback requested to ${CALLER}`));
    await screenshot(browser.page, 'phone-transfer-no-answer', { fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  }, 90_000);

  it('analytics shows transfers, the answer rate and the time to answer', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/analytics`);
    const kpi = (id: string) => page.locator(`[data-testid=kpi-${id}]`);
    await kpi('transfers').waitFor();
    expect(await kpi('transfers').textContent()).toBe('2');
    expect(await kpi('answer-rate').textContent()).toBe('50%');
    expect(await kpi('time-to-answer').textContent()).toMatch(/^1[.,]2\d* ?s$|^1240 ?ms$/);
    const card = (id: string) => kpi(id).locator('xpath=..');
    expect(await card('transfers').textContent()).toContain('100% of 2 phone conversations');
    expect(await card('answer-rate').textContent()).toContain('1 answered · 1 no-answer');
    expect(await card('time-to-answer').textContent()).toContain('1 callback requested');
    await screenshot(page, 'phone-transfer-analytics', { fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  }, 90_000);
});
