import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { type DashboardServer, startDashboardServer } from './dashboardServer.ts';

/**
 * A dashboard server and a Chromium page for one describe block: started before its tests, closed
 * after them. Read `server` and `browser` inside the tests (they are set once `beforeAll` ran).
 */
export function dashboardInBrowser(graphs?: string[]): { server: DashboardServer; browser: TestBrowser } {
  const held = {} as { server: DashboardServer; browser: TestBrowser };
  beforeAll(async () => {
    held.server = await startDashboardServer(graphs);
    held.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  return held;
}
