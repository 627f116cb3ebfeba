import { describe, expect, it } from 'vitest';
import { browserAvailability, screenshot } from '../support/dashboard/browser.ts';
import { dashboardInBrowser } from '../support/dashboard/dashboardInBrowser.ts';

const { run } = browserAvailability();

/*
 * Issue #22.3: after the first API key is created, conversations from the open phase (tenant null)
 * vanished from the dashboard without a word. They are still not shown to any key (keys are per
 * tenant), but the page now says where they went and how to list them.
 */
describe.runIf(run)('tenant-less conversations once keys exist', () => {
  const dashboard = dashboardInBrowser();

  it('open access lists them with no note; with a key the page says where they are', {
    timeout: 120_000,
  }, async () => {
    const open = await dashboard.server.api('POST', '/v1/conversations', { graph: 'support' });
    const { page, pageErrors } = dashboard.browser;
    await page.goto(`${dashboard.server.url}/conversations`);
    await page
      .locator(`text=${open.id.slice(0, 8)}`)
      .first()
      .waitFor();
    expect(await page.locator('[data-testid=tenantless-note]').count()).toBe(0);

    const { key } = await dashboard.server.keys.create({ tenant: 'acme' });
    await page.evaluate(
      (k) =>
        (
          globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
        ).localStorage.setItem('switchboard.apiKey', k),
      key,
    );
    await page.reload();
    const note = page.locator('[data-testid=tenantless-note]');
    await note.waitFor();
    expect(await note.textContent()).toContain('switchboard conversations list --tenant none');
    // The tenant-less conversation is not shown to acme's key: the note is what tells the operator.
    const listed = await dashboard.server.request('GET', '/v1/conversations', { key });
    expect(listed.body.data.map((c: any) => c.id)).not.toContain(open.id);
    await screenshot(page, 'tenantless-note');
    expect(pageErrors).toEqual([]);
  });
});
