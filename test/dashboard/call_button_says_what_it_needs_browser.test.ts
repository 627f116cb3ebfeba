import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/startServer.ts';
import { ensureWebBuild } from '../../src/dashboard/webBuild.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { voiceConfigFromEnv } from '../../src/voice/voiceConfig.ts';
import {
  browserAvailability,
  launchBrowser,
  screenshot,
  type TestBrowser,
} from '../support/dashboard/browser.ts';

const { run } = browserAvailability();

/*
 * Issue #22.3: offline (no OPENAI_API_KEY, no local Realtime server) the Call button used to fail only
 * after a click. The playground now asks the server first and says what calls need.
 */
describe.runIf(run)('the Call button without a Realtime voice model', () => {
  let server: RunningServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    await ensureWebBuild();
    server = await startServer({
      port: 0,
      store: createMemoryStore(),
      graphs: ['support'],
      model: 'offline',
      voice: voiceConfigFromEnv({}),
    });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is disabled up front with the reason, and the API says the same', { timeout: 120_000 }, async () => {
    const status = await (await fetch(`${server.url}/v1/voice/status`)).json();
    expect(status).toEqual({ available: false, reason: expect.stringContaining('OPENAI_API_KEY') });
    const { page, pageErrors } = browser;
    await page.goto(`${server.url}/playground?graph=support`);
    const note = page.locator('[data-testid=call-unavailable]');
    await note.waitFor();
    expect(await note.textContent()).toContain('OPENAI_API_KEY');
    const button = page.getByRole('button', { name: 'Call' });
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('title')).toContain('SWITCHBOARD_REALTIME_URL');
    await screenshot(page, 'call-button-unavailable');
    expect(pageErrors).toEqual([]);
  });
});
