import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailability,
  launchBrowser,
  screenshot,
  type TestBrowser,
} from '../support/dashboard/browser.ts';
import { type DashboardServer, startDashboardServer } from '../support/dashboard/dashboardServer.ts';

const { run } = browserAvailability();

/*
 * The dashboard in a real browser against the real server (support graph, offline model): every wait
 * is on a condition in the page or the API, never a fixed delay.
 */
describe.runIf(run)(
  'dashboard in Chromium: playground, live conversation, graph counts, operator takeover',
  () => {
    let server: DashboardServer;
    let browser: TestBrowser;
    beforeAll(async () => {
      server = await startDashboardServer();
      // The first turn trains the offline router; do it here so the page tests time only the UI.
      const warm = await server.api('POST', '/v1/conversations', { graph: 'support' });
      await server.api('POST', `/v1/conversations/${warm.id}/messages`, {
        text: 'what does the Growth plan cost?',
      });
      browser = await launchBrowser();
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const edgeTotal = async (from: string, to: string): Promise<number> => {
      const { edges } = await server.api('GET', '/v1/graphs/support/edges');
      return edges.find((e: any) => e.from === from && e.to === to)?.total ?? 0;
    };

    it('chats in the playground until a handoff, shows its marker, and the graph edge count goes up', async () => {
      const { page } = browser;
      const before = await edgeTotal('Triage', 'Billing');
      const label = page.locator('[data-testid=edge-label][data-edge="Triage->Billing"]');

      await page.goto(`${server.url}/graphs/support`);
      await page.locator('[data-testid=graph-node][data-agent=Human]').waitFor();
      if (before === 0) expect(await label.count()).toBe(0);
      else await expect.poll(() => label.getAttribute('data-total')).toBe(String(before));

      await page.getByRole('link', { name: 'Playground' }).click();
      const input = page.getByLabel('Message');
      await input.fill('hello there');
      await input.press('Enter');
      await page.locator('[data-testid=agent-reply][data-agent=Triage]').waitFor();
      expect(await page.locator('[data-testid=handoff-marker]').count()).toBe(0);

      await input.fill('hi, I think I was charged twice on invoice INV-2041');
      await page.getByRole('button', { name: 'Send' }).click();
      const marker = page.locator('[data-testid=handoff-marker][data-from=Triage][data-to=Billing]');
      await marker.waitFor();
      expect(await marker.textContent()).toContain('charged twice');
      await page.locator('[data-testid=agent-reply][data-agent=Billing]').waitFor();
      await expect.poll(() => page.locator('[data-testid=context]').textContent()).toContain('INV-2041');
      const conversationId = new URL(page.url()).searchParams.get('c');
      const detail = await server.api('GET', `/v1/conversations/${conversationId}`);
      expect(detail.handoffs.map((h: any) => `${h.from}->${h.to}`)).toEqual(['Triage->Billing']);
      await screenshot(page, 'playground-handoff');

      await page.getByRole('link', { name: 'Agent graph' }).click();
      await expect.poll(() => label.getAttribute('data-total')).toBe(String(before + 1));
      expect(await edgeTotal('Triage', 'Billing')).toBe(before + 1);
      const row = page.locator('[data-edge="Triage->Billing"] [data-testid=edge-total]');
      expect(await row.textContent()).toBe(String(before + 1));
      await screenshot(page, 'graph');
      expect(browser.pageErrors).toEqual([]);
    }, 90_000);

    it('shows a conversation live: handoffs, tool calls and the reply appear as the turn runs elsewhere', async () => {
      const { page } = browser;
      const conv = await server.api('POST', '/v1/conversations', { graph: 'support' });
      await page.goto(`${server.url}/conversations/${conv.id}`);
      await page.locator('[data-testid=live-indicator][data-status=live]').waitFor();
      expect(await page.locator('[data-testid=handoff-marker]').count()).toBe(0);

      // Another client sends the message (streamed, as a chat widget would); this page only watches.
      const turn = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
        body: { text: 'my webhooks keep failing' },
        headers: { accept: 'text/event-stream' },
      });
      expect(turn.status).toBe(200);
      await page.locator('[data-testid=handoff-marker][data-from=Triage][data-to=TechSupport]').waitFor();
      await page.locator('[data-testid=agent-reply][data-agent=TechSupport]').waitFor();
      await expect.poll(() => page.locator('[data-testid=stat-handoffs]').textContent()).toContain('1');

      const tool = page.locator('[data-testid=tool-call][data-tool=run_webhook_diagnostic]');
      await tool.locator('summary').click();
      await expect.poll(() => tool.locator('.tool-body').isVisible()).toBe(true);
      expect(await tool.locator('.tool-body').textContent()).toContain('accountId');
      await screenshot(page, 'conversation');

      await page.getByRole('link', { name: 'Conversations', exact: true }).first().click();
      const row = page.locator(`tr[data-conversation="${conv.id}"]`);
      await row.waitFor();
      expect(await row.locator('[data-testid=handoff-count]').textContent()).toBe('1');
      await page.getByLabel('Status').selectOption('awaiting_human');
      await expect.poll(() => row.count()).toBe(0);
      await page.getByLabel('Status').selectOption('active');
      await row.waitFor();
      await screenshot(page, 'conversations');
      expect(browser.pageErrors).toEqual([]);
    }, 90_000);

    it('takes over an escalated conversation: reads the trail, replies as a person, hands it back', async () => {
      const { page } = browser;
      const conv = await server.api('POST', '/v1/conversations', { graph: 'support' });
      // A refund over $500 now waits for approval (docs/approvals.md); asking for a person escalates.
      await server.api('POST', `/v1/conversations/${conv.id}/messages`, {
        text: 'I was charged twice on invoice INV-2043',
      });
      const escalated = await server.api('POST', `/v1/conversations/${conv.id}/messages`, {
        text: 'let me talk to a real person',
      });
      expect(escalated.status).toBe('awaiting_human');

      await page.goto(`${server.url}/inbox`);
      const item = page.locator(`[data-testid=inbox-list] [data-conversation="${conv.id}"]`);
      await item.click();
      await page.locator('[data-testid=handoff-marker][data-from=Billing][data-to=Human]').waitFor();
      expect(await page.locator('[data-testid=handoff-trail]').textContent()).toContain('Human');

      await page.getByLabel('Operator name').fill('dana');
      await page
        .getByLabel('Operator reply')
        .fill('Hi, Dana from billing here. I approved your refund of $1,240.');
      await page.getByRole('button', { name: 'Send as human' }).click();
      const reply = page.locator('[data-testid=agent-reply][data-agent=Human]', {
        hasText: 'Dana from billing',
      });
      await reply.waitFor();
      expect(await reply.textContent()).toContain('operator · dana');
      await screenshot(page, 'inbox-takeover');

      await page.getByLabel('Hand back to').selectOption('Billing');
      await page.getByLabel('Handback reason').fill('refund approved by billing');
      await page.getByRole('button', { name: 'Hand back to Billing' }).click();
      await page.locator('[data-testid=operator-notice]', { hasText: 'Handed back to Billing' }).waitFor();
      await page.locator('[data-testid=handoff-marker][data-from=Human][data-to=Billing]').waitFor();
      await expect.poll(() => item.count()).toBe(0);

      const detail = await server.api('GET', `/v1/conversations/${conv.id}`);
      expect(detail).toMatchObject({ status: 'active', activeAgent: 'Billing' });
      expect(detail.handoffs.at(-1)).toMatchObject({
        from: 'Human',
        to: 'Billing',
        reason: 'refund approved by billing',
        intent: 'operator.handback',
      });
      expect(detail.transcript.at(-1)).toMatchObject({ agent: 'Human', role: 'assistant' });
      expect(detail.transcript.at(-1).text).toContain('Dana from billing');
      expect(detail.events.find((e: any) => e.type === 'operator.message')?.data.operator).toBe('dana');
      expect(browser.pageErrors).toEqual([]);
    }, 90_000);

    it("shows the API's own message when a key is required, and loads once the key is set", async () => {
      const { page } = browser;
      const { key } = await server.keys.create({ tenant: 'acme' });
      await page.goto(`${server.url}/conversations`);
      const banner = page.locator('.banner-error').first();
      await banner.waitFor();
      expect(await banner.textContent()).toContain('an API key is required');
      await screenshot(page, 'error-api-key');

      // The banner's button opens the sidebar's key form with the cursor in it.
      await banner.getByRole('button', { name: 'Enter API key' }).click();
      const field = page.getByLabel('API key', { exact: true });
      await expect
        .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")'))
        .toBe('API key');
      await field.fill(key);
      await page.getByRole('button', { name: 'Save' }).click();
      // Tenant acme has no conversations of its own: the empty state, not another tenant's data.
      await page.locator('[data-testid=empty-state]', { hasText: 'No conversations yet' }).waitFor();
      expect(await page.locator('.banner-error').count()).toBe(0);
      await screenshot(page, 'conversations-empty');

      // The live WebSocket cannot carry a header: the page passes the same key as ?key= on the upgrade.
      const own = await server.request('POST', '/v1/conversations', { body: { graph: 'support' }, key });
      expect(own.status).toBe(201);
      await page.goto(`${server.url}/conversations/${own.body.id}`);
      await page.locator('[data-testid=live-indicator][data-status=live]').waitFor();
      expect(browser.pageErrors).toEqual([]);
    }, 60_000);
  },
);
