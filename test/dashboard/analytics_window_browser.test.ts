import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailability, screenshot } from '../support/dashboard/browser.ts';
import { dashboardInBrowser } from '../support/dashboard/dashboardInBrowser.ts';

const { run } = browserAvailability();

/*
 * The analytics page computed its window (since = now - range) once, when opened, and kept the last
 * range's figures on screen while another range loaded: "Last hour" went on meaning the hour before
 * the page was opened, and a new selection showed the old one's numbers until its answer came.
 */
describe.runIf(run)('the analytics window follows the clock and the selection', () => {
  const dashboard = dashboardInBrowser();

  const newConversation = async () => {
    const conv = await dashboard.server.api('POST', '/v1/conversations', { graph: 'support' });
    await dashboard.server.api('POST', `/v1/conversations/${conv.id}/messages`, {
      text: 'what does Growth cost?',
    });
  };

  it('an open page counts conversations created after it was opened, without a click', async () => {
    const { page } = dashboard.browser;
    await newConversation();
    await page.clock.install();
    await page.goto(`${dashboard.server.url}/analytics?range=1h`);
    const conversations = page.locator('[data-testid=kpi-conversations]');
    await expect.poll(() => conversations.textContent()).toBe('1');

    await newConversation();
    await page.clock.fastForward('00:45');
    await expect.poll(() => conversations.textContent()).toBe('2');
  }, 90_000);

  it("never shows the previous range's figures under a new range while it loads", async () => {
    const { page } = dashboard.browser;
    await page.goto(`${dashboard.server.url}/analytics?range=24h`);
    const conversations = page.locator('[data-testid=kpi-conversations]');
    await expect.poll(() => conversations.textContent()).toBe('2');

    // Hold the next range's answers until the page has been looked at.
    const held: Route[] = [];
    await page.route('**/v1/analytics?**', (route) => {
      held.push(route);
    });
    await page.getByLabel('Range').selectOption('1h');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await conversations.count()).toBe(0);
    await screenshot(page, 'analytics-range-loading');

    for (const route of held.splice(0)) await route.continue();
    await page.unroute('**/v1/analytics?**');
    await expect.poll(() => conversations.textContent()).toBe('2');
    expect(dashboard.browser.pageErrors).toEqual([]);
  }, 90_000);
});
