import { describe, expect, it } from 'vitest';
import { browserAvailability, screenshot } from '../support/dashboard/browser.ts';
import { dashboardInBrowser } from '../support/dashboard/dashboardInBrowser.ts';

const { run } = browserAvailability();

/*
 * The sidebar's inbox badge had its own request on its own 5 s timer, and kept its last count when a
 * request failed: "1" beside an inbox saying "Nobody is waiting", and a count of conversations no
 * longer waiting. Now the badge and the list read one snapshot, refreshed by every operator action.
 * Each check reads the badge in the same frame as the list, so a late badge cannot slip through.
 */
describe.runIf(run)('the sidebar inbox badge agrees with the inbox', () => {
  const dashboard = dashboardInBrowser();

  /** Asking for a person escalates (a refund over $500 now waits for approval instead: docs/approvals.md). */
  const escalate = async (invoice: string): Promise<string> => {
    const conv = await dashboard.server.api('POST', '/v1/conversations', { graph: 'support' });
    const turn = await dashboard.server.api('POST', `/v1/conversations/${conv.id}/messages`, {
      text: `let me talk to a real person (${invoice})`,
    });
    expect(turn.status).toBe('awaiting_human');
    return conv.id;
  };

  /** Waits until `listState` holds in the page, then returns the badge as shown in that same frame. */
  const badgeWhen = async (listState: 'empty' | 'error' | number): Promise<string | null> => {
    const handle = await dashboard.browser.page.waitForFunction((state) => {
      // Runs in the page (this file is typed for Node, without the DOM library).
      const document = (globalThis as any).document;
      const list = document.querySelector('[data-testid=inbox-list]');
      if (!list) return false;
      const ready =
        state === 'empty'
          ? list.textContent.includes('Nobody is waiting')
          : state === 'error'
            ? document.querySelector('[role=alert]') !== null
            : list.querySelectorAll('[data-conversation]').length === state;
      if (!ready) return false;
      return { badge: document.querySelector('[data-testid=inbox-count]')?.textContent ?? null };
    }, listState);
    return ((await handle.jsonValue()) as { badge: string | null }).badge;
  };

  it('drops the badge in the same moment the handback empties the inbox', async () => {
    const { page } = dashboard.browser;
    const id = await escalate('INV-2045');
    await page.goto(`${dashboard.server.url}/inbox`);
    expect(await badgeWhen(1)).toBe('1');

    await page.locator(`[data-testid=inbox-list] [data-conversation="${id}"]`).click();
    await page.getByLabel('Hand back to').selectOption('Billing');
    await page.getByRole('button', { name: 'Hand back to Billing' }).click();
    expect(await badgeWhen('empty')).toBeNull();
    await screenshot(page, 'inbox-badge-after-handback');
    expect(dashboard.browser.pageErrors).toEqual([]);
  }, 90_000);

  it('shows no count it cannot vouch for when the inbox cannot be read', async () => {
    const { page } = dashboard.browser;
    await escalate('INV-2040');
    await page.goto(`${dashboard.server.url}/inbox`);
    expect(await badgeWhen(1)).toBe('1');

    // A key now exists: this dashboard.browser has none, so every inbox request is refused (401).
    await dashboard.server.keys.create({ tenant: 'acme' });
    expect(await badgeWhen('error')).toBeNull();
    await screenshot(page, 'inbox-badge-unreadable');
  }, 90_000);
});
