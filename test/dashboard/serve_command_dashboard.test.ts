import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/dashboard/webBuild.ts';
import { type ServeProcess, spawnServe } from '../support/cluster/serveProcess.ts';

/*
 * What `npm start` runs (`switchboard serve`, here on a free port and a fresh embedded database): the
 * banner names the dashboard's address, and that address serves the built app and its assets while
 * the API next to it keeps answering JSON.
 */
describe('switchboard serve with the dashboard', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-serve-dash-'));
  let server: ServeProcess;
  let banner = '';
  let dashboardUrl = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = spawnServe([], { SWITCHBOARD_DATA_DIR: dataDir, DATABASE_URL: '', NO_COLOR: '1' });
    await server.url;
    // The banner's lines after "listening on" follow in the same write or the next ones.
    for (let i = 0; i < 100 && !/\nAPI/.test(server.output()); i++)
      await new Promise((r) => setTimeout(r, 50));
    banner = server.output();
    dashboardUrl = /^dashboard\s+(http:\/\/\S+)/m.exec(banner)?.[1] ?? '';
  }, 180_000);

  // The drain on SIGTERM is tested through the bin (test/cli/serve_signals_through_bin.test.ts); here
  // a server that does not stop is killed, so it never outlives the test.
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the dashboard address, which serves the app, its assets and deep links', async () => {
    expect(dashboardUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(banner).not.toContain('not built yet');

    const page = await fetch(dashboardUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /<script type="module"[^>]*src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, html).toBeDefined();

    const asset = await fetch(new URL(script as string, dashboardUrl));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);

    const deepLink = await fetch(new URL('/conversations/some-id/traces/2', dashboardUrl));
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(html);

    const api = await fetch(new URL('/v1/graphs', dashboardUrl));
    expect(api.status).toBe(200);
    expect(((await api.json()) as { data: { name: string }[] }).data[0].name).toBe('support');
  });
});
