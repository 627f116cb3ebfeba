import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDashboard } from '../../src/dashboard/registerDashboard.ts';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';

const INDEX =
  '<!doctype html><title>Switchboard</title><div id="root"></div><script type="module" src="/assets/app-1a2b.js"></script>';

describe('the dashboard plugin serving a build at /', () => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'sb-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log("app")');
    writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
    server = await startTestServer();
    await registerDashboard(server.app, { distDir: dist });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string) => server.app.inject({ method: 'GET', url });

  it('answers / and every page path with index.html, never cached, with a strict CSP', async () => {
    for (const url of ['/', '/conversations', '/conversations/0db0851d-aaaa/traces/2', '/inbox/x?tab=1']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves built files as they are, hashed assets cached for a year', async () => {
    const asset = await get('/assets/app-1a2b.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.body).toBe('console.log("app")');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await get('/robots.txt');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBeUndefined();
  });

  it("keeps the API's JSON 404 for API paths and missing assets instead of the page", async () => {
    for (const url of ['/v1/nope', '/v1', '/twilio/nope', '/assets/missing-9z.js', '/favicon.ico']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.type, url).toBe('not_found_error');
    }
    // The API itself is untouched by the catch-all.
    expect((await get('/v1/graphs')).json().data[0].name).toBe('support');
    expect((await get('/healthz')).json().status).toBe('ok');
  });

  it('never serves a file outside the build, however the path is spelled', async () => {
    writeFileSync(join(dist, '..', 'secret.txt'), 'S3CRET-CONTENT');
    try {
      for (const url of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/assets/%2e%2e/%2e%2e/secret.txt',
        '/%2e%2e%2fsecret.txt',
      ]) {
        const res = await get(url);
        expect(res.body, url).not.toContain('S3CRET-CONTENT');
        expect(res.statusCode, url).not.toBe(500);
      }
    } finally {
      rmSync(join(dist, '..', 'secret.txt'), { force: true });
    }
  });

  it('says how to build the dashboard when there is no build, with a 503', async () => {
    const empty = await startTestServer();
    const missing = mkdtempSync(join(tmpdir(), 'sb-nodist-'));
    try {
      await registerDashboard(empty.app, { distDir: missing });
      const res = await empty.app.inject({ method: 'GET', url: '/conversations' });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('npm run build:web');
    } finally {
      await empty.close();
      rmSync(missing, { recursive: true, force: true });
    }
  });
});
