import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboundCalls } from '../../src/telephony/outboundCalls.ts';
import { TwilioRestClient } from '../../src/telephony/twilioRestClient.ts';
import { startTwilioRestDouble, type TwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import { listRoutes, type RouteEntry } from '../support/server/routeList.ts';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';

/**
 * Security properties checked on every route the app serves, enumerated from the app itself: a route
 * added later is covered without editing this file (and a route outside /v1 must be declared public).
 */

/** Routes that need no API key, each for a reason: probes, the public contract, Twilio (signed instead). */
const PUBLIC_ROUTES = new Set([
  'GET /healthz',
  'GET /readyz',
  'GET /openapi.json',
  'POST /twilio/voice',
  'GET /twilio/media',
  // CORS preflight (@fastify/cors): headers only, no data; a foreign origin gets 403 (hostPolicy.ts).
  'OPTIONS *',
]);

const SECRET = 'Zqx-PRIVATE-7731';

/** A plausible body per route, so the request reaches the route's own checks (not only validation). */
function bodyFor(route: RouteEntry, victim: string): unknown {
  if (route.method !== 'POST') return undefined;
  if (route.url.endsWith('/messages') || route.url.endsWith('/operator-messages')) return { text: 'hello' };
  if (route.url.endsWith('/handback')) return { agent: 'Billing', reason: 'taking over' };
  if (route.url === '/v1/conversations') return { graph: 'support' };
  if (route.url === '/v1/calls') return { graph: 'support', to: '+14155550123', from: '+15550009999' };
  if (route.url === '/v1/chat/completions')
    return {
      model: 'support',
      messages: [{ role: 'user', content: 'hi' }],
      metadata: { conversation_id: victim },
    };
  return {};
}

const concrete = (url: string, victim: string) => url.replace(':id', victim).replace(':name', 'support');

describe('every route: authentication, tenant isolation and rate limiting', () => {
  let server: TestServer;
  let routes: RouteEntry[];
  let acme: string;
  let globex: string;
  let victim: string;

  beforeAll(async () => {
    server = await startTestServer({ rateLimit: { max: 10_000, windowMs: 60_000 } });
    acme = (await server.keys.create({ tenant: 'acme' })).key;
    globex = (await server.keys.create({ tenant: 'globex' })).key;
    victim = (await server.request('POST', '/v1/conversations', { key: acme, body: { graph: 'support' } }))
      .body.id;
    const turn = await server.request('POST', `/v1/conversations/${victim}/messages`, {
      key: acme,
      body: { text: `my name is ${SECRET}, let me talk to a real person` },
    });
    expect(turn.status).toBe(200);
    routes = await listRoutes(server.app);
  }, 60_000);
  afterAll(() => server.close());

  it('finds the routes (the enumeration itself works)', () => {
    const names = routes.map((r) => `${r.method} ${r.url}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /v1/conversations/:id/messages',
        'GET /v1/conversations/:id/live',
        'POST /v1/chat/completions',
        'GET /v1/graphs/:name/edges',
        'POST /v1/calls',
      ]),
    );
    expect(routes.length).toBeGreaterThanOrEqual(14);
  });

  it('every route outside /v1 is one reviewed as public', () => {
    const outside = routes.filter((r) => !r.url.startsWith('/v1/')).map((r) => `${r.method} ${r.url}`);
    expect(outside.filter((r) => !PUBLIC_ROUTES.has(r))).toEqual([]);
  });

  it('every /v1 route refuses a request without a key, or with an unknown one, with a 401', async () => {
    for (const route of routes.filter((r) => r.url.startsWith('/v1/'))) {
      const url = concrete(route.url, victim);
      const body = bodyFor(route, victim);
      for (const key of [undefined, 'sb_not_a_key']) {
        const res = await server.request(route.method as 'GET' | 'POST', url, { key, body });
        expect(res.status, `${route.method} ${route.url} with key ${key}`).toBe(401);
        expect(res.body.error.message).toEqual(expect.any(String));
      }
    }
  });

  it('another tenant never sees or changes a conversation, through any route', async () => {
    const before = await server.store.getConversation(victim);
    const itemsBefore = (await server.store.getItems(victim)).length;
    for (const route of routes.filter((r) => r.url.startsWith('/v1/'))) {
      const url = concrete(route.url, victim);
      const body = bodyFor(route, victim);
      const res = await server.request(route.method as 'GET' | 'POST', url, { key: globex, body });
      const label = `${route.method} ${route.url} as another tenant`;
      expect(res.status, label).toBeLessThan(500);
      const text = JSON.stringify(res.body);
      expect(text, label).not.toContain(SECRET);
      // Asked for by id (path or body): exactly "not found", as if it did not exist. Otherwise: never listed.
      if (url.includes(victim) || JSON.stringify(body ?? null).includes(victim))
        expect(res.status, label).toBe(404);
      else expect(text, label).not.toContain(victim);
    }
    expect(await server.store.getConversation(victim)).toEqual(before);
    expect(await server.store.getItems(victim)).toHaveLength(itemsBefore);
  });

  it('every authenticated /v1 route counts against the caller’s rate limit', async () => {
    for (const route of routes.filter((r) => r.url.startsWith('/v1/'))) {
      const res = await server.request(route.method as 'GET' | 'POST', concrete(route.url, victim), {
        key: globex,
        body: bodyFor(route, victim),
      });
      expect(res.headers['x-ratelimit-limit'], `${route.method} ${route.url}`).toBe('10000');
    }
  });
});

describe('rate limit: exhausting one key limits that key only, on every route', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimit: { max: 5, windowMs: 60_000 } });
  });
  afterAll(() => server.close());

  it('429 with Retry-After and a message once spent, other keys and health unaffected', async () => {
    const spent = (await server.keys.create({ tenant: 'acme' })).key;
    const fresh = (await server.keys.create({ tenant: 'acme' })).key;
    const routes = (await listRoutes(server.app)).filter(
      (r) => r.url.startsWith('/v1/') && r.method === 'GET',
    );
    for (let i = 0; i < 5; i++) await server.request('GET', '/v1/graphs', { key: spent });
    for (const route of routes) {
      const res = await server.request('GET', concrete(route.url, 'x'), { key: spent });
      expect(res.status, route.url).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body.error.message).toMatch(/rate limit/);
    }
    expect((await server.request('GET', '/v1/graphs', { key: fresh })).status).toBe(200);
    expect((await server.request('GET', '/healthz')).status).toBe(200);
  });
});

describe('POST /v1/calls with telephony configured: tenants call from their own numbers only', () => {
  let server: TestServer;
  let twilio: TwilioRestDouble;
  beforeAll(async () => {
    twilio = await startTwilioRestDouble();
    server = await startTestServer({ rateLimit: { max: 3, windowMs: 60_000 } });
    server.context.calls = {
      outbound: new OutboundCalls({
        client: new TwilioRestClient({
          accountSid: twilio.accountSid,
          authToken: twilio.authToken,
          baseUrl: twilio.url,
        }),
        publicUrl: () => 'http://127.0.0.1:9',
      }),
      twilioNumbers: { '+15550001111': 'acme', '+15550002222': 'globex' },
    };
  });
  afterAll(async () => {
    await server.close();
    await twilio.close();
  });

  it('another tenant’s number is a 403 and places nothing; its own is a 201; then the key is rate limited', async () => {
    const acme = (await server.keys.create({ tenant: 'acme' })).key;
    const call = (from: string) =>
      server.request('POST', '/v1/calls', {
        key: acme,
        body: { graph: 'support', to: '+14155550123', from },
      });
    const foreign = await call('+15550002222');
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toMatch(/not one of this tenant's numbers/);
    expect(twilio.requests.filter((r) => r.path.endsWith('/Calls.json'))).toEqual([]);
    const own = await call('+15550001111');
    expect(own.status).toBe(201);
    expect((await server.store.getConversation(own.body.conversationId))?.tenant).toBe('acme');
    expect(twilio.requests.filter((r) => r.path.endsWith('/Calls.json'))).toHaveLength(1);
    expect((await call('+15550001111')).status).toBe(201);
    const limited = await call('+15550001111');
    expect(limited.status).toBe(429);
    expect(twilio.requests.filter((r) => r.path.endsWith('/Calls.json'))).toHaveLength(2);
  });
});
