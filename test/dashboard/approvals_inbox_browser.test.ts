import { describe, expect, it } from 'vitest';
import { browserAvailability, screenshot } from '../support/dashboard/browser.ts';
import { dashboardInBrowser } from '../support/dashboard/dashboardInBrowser.ts';

const { run } = browserAvailability();

/* Issue #22.1: an operator approves a refund in the dashboard inbox; Billing tells the customer. */
describe.runIf(run)('dashboard in Chromium: the approval queue in the inbox', () => {
  const dashboard = dashboardInBrowser();

  it('shows the pending call with its reason and arguments; Approve runs it and shows the reply', {
    timeout: 180_000,
  }, async () => {
    const conv = await dashboard.server.api('POST', '/v1/conversations', { graph: 'support' });
    // The refund is read back first; the customer's yes makes the call, which waits for an operator.
    const readBack = await dashboard.server.api('POST', `/v1/conversations/${conv.id}/messages`, {
      text: 'refund invoice INV-2040 please, I was charged twice',
    });
    expect(readBack.reply).toMatch(/^Just to confirm: a refund on invoice INV-2040/);
    const turn = await dashboard.server.api('POST', `/v1/conversations/${conv.id}/messages`, { text: 'yes' });
    expect(turn.status).toBe('awaiting_approval');
    const { page, pageErrors } = dashboard.browser;
    await page.goto(`${dashboard.server.url}/inbox`);
    const card = page.locator('[data-testid=approval-queue] .approval');
    await card.waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain(
      'Refund of $845.10 on INV-2040 exceeds the $500 self-service limit',
    );
    expect(await card.locator('.approval-args').textContent()).toContain('INV-2040');
    await screenshot(page, 'approvals-inbox-pending');

    await card.getByLabel('Note').fill('checked with finance');
    await card.getByRole('button', { name: 'Approve' }).click();
    const outcome = page.locator('[data-testid=approval-outcome]');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(
      "Billing told the customer: “I've refunded $845.10 on invoice INV-2040",
    );
    await expect.poll(() => card.count()).toBe(0);
    await screenshot(page, 'approvals-inbox-approved');

    const detail = await dashboard.server.api('GET', `/v1/conversations/${conv.id}`);
    expect(detail.status).toBe('active');
    const [approval] = (await dashboard.server.api('GET', '/v1/approvals?status=approved')).data;
    expect(approval).toMatchObject({
      status: 'approved',
      note: 'checked with finance',
      decidedBy: 'open access',
    });
    expect(pageErrors).toEqual([]);
  });
});
