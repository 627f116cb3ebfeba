import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostnameOf, LOOPBACK_NAMES, originHostname } from '../../src/server/hostPolicy.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { anyValue, encodePathSegment, hostileText, malformedBody } from '../support/server/hostileInput.ts';
import { parseSse, startTestServer, type TestServer } from '../support/server/serverFixture.ts';
import { slowClient } from '../support/server/slowClient.ts';

/**
 * Fuzzes the HTTP API (conversations, messages JSON and SSE, operator takeover, graphs, keys/auth and
 * the OpenAI-compatible endpoint) on the embedded PGlite store, the default a user runs. Every answer
 * must be < 500 and every refusal a JSON error with a message; afterwards the database must hold
 * exactly what was accepted. `FUZZ_RUNS` scales the run (default 120 per property).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const BODY_LIMIT = 32 * 1024;

type Expected = { tenant: string; userItems: number };

describe('HTTP API under hostile input (fast-check, PGlite)', () => {
  let server: TestServer;
  let dir: string;
  let keyA: string;
  let keyB: string;
  const logLines: string[] = [];
  const expected = new Map<string, Expected>();
  let tried = 0;
  let refused = 0;
  const statuses = new Map<number, number>();
  const ownIds: string[] = [];
  let foreignId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-fuzz-http-'));
    const store = await createPgliteStore({ dataDir: dir });
    await store.migrate();
    server = await startTestServer({
      store,
      rateLimit: false,
      bodyLimit: BODY_LIMIT,
      logLevel: 'warn',
      logStream: { write: (line) => logLines.push(line) },
    });
    keyA = (await server.keys.create({ tenant: 'acme' })).key;
    keyB = (await server.keys.create({ tenant: 'globex' })).key;
    for (let i = 0; i < 3; i++) {
      const created = await server.request('POST', '/v1/conversations', {
        key: keyA,
        body: { graph: 'support' },
      });
      ownIds.push(created.body.id);
      expected.set(created.body.id, { tenant: 'acme', userItems: 0 });
    }
    // Parked with the Human node, so operator routes have something to act on.
    await server.request('POST', `/v1/conversations/${ownIds[2]}/messages`, {
      key: keyA,
      body: { text: 'let me talk to a real person' },
    });
    expected.get(ownIds[2])!.userItems += 1;
    foreignId = (await server.request('POST', '/v1/conversations', { key: keyB, body: { graph: 'support' } }))
      .body.id;
    expected.set(foreignId, { tenant: 'globex', userItems: 0 });
  }, 120_000);

  afterAll(async () => {
    process.stdout.write(
      `fuzz_http_api: ${tried} hostile inputs tried, ${refused} refused with a 4xx, ${tried - refused} accepted; by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n`,
    );
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const conversationId = () =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...ownIds) },
      { weight: 1, arbitrary: fc.constant('FOREIGN') },
      { weight: 2, arbitrary: hostileText },
    );
  const idOf = (id: string) => (id === 'FOREIGN' ? foreignId : id);
  const pathId = (id: string) => encodePathSegment(idOf(id)).slice(0, 300) || 'x';
  const credential = fc.oneof(
    { weight: 8, arbitrary: fc.constant<string | null>('A') },
    { weight: 1, arbitrary: fc.constantFrom<string | null>('B', null, 'sb_unknown', 'Bearer', '') },
  );
  const auth = (who: string | null): Record<string, string> => {
    if (who === null) return {};
    if (who === 'A') return { authorization: `Bearer ${keyA}` };
    if (who === 'B') return { authorization: `Bearer ${keyB}` };
    return { authorization: who === '' ? '' : `Bearer ${who}` };
  };

  /** Sends one request and checks the universal rules; returns status, parsed body and headers. */
  async function send(
    method: 'GET' | 'POST',
    url: string,
    opts: {
      who: string | null;
      payload?: string;
      contentType?: string | null;
      sse?: boolean;
      headers?: Record<string, string>;
    },
  ) {
    tried += 1;
    const headers: Record<string, string> = { ...auth(opts.who), ...opts.headers };
    if (opts.contentType) headers['content-type'] = opts.contentType;
    if (opts.sse) headers.accept = 'text/event-stream';
    const res = await server.app.inject({
      method,
      url,
      headers,
      ...(opts.payload === undefined ? {} : { payload: opts.payload }),
    });
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    expect(res.statusCode, `${method} ${url} → ${res.statusCode} ${res.body.slice(0, 300)}`).toBeLessThan(
      500,
    );
    let body: any = res.body;
    try {
      body = JSON.parse(res.body);
    } catch {
      // SSE or empty
    }
    if (res.statusCode >= 400) {
      refused += 1;
      if (process.env.FUZZ_DEBUG)
        process.stderr.write(
          `REFUSED ${res.statusCode} ${method} ${url.slice(0, 60)} ${body?.error?.message?.slice(0, 120)}\n`,
        );
      expect(body?.error?.message, `${method} ${url} → ${res.statusCode} without a message`).toEqual(
        expect.any(String),
      );
      expect(body.error.message.length).toBeGreaterThan(0);
      expect(body.error.type).not.toBe('server_error');
    }
    return { status: res.statusCode, body, headers: res.headers };
  }

  const json = (value: unknown) => ({ payload: JSON.stringify(value), contentType: 'application/json' });
  const accept = (id: string, userItems: number) => {
    const entry = expected.get(id);
    if (entry) entry.userItems += userItems;
  };

  it('messages, SSE, operator and handback: hostile text and wrong types never give a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        conversationId(),
        credential,
        fc.oneof(
          { weight: 6, arbitrary: hostileText.map((text) => ({ text })) },
          { weight: 1, arbitrary: anyValue.map((v) => ({ text: v })) },
          { weight: 1, arbitrary: anyValue },
        ),
        fc.constantFrom('json', 'json', 'sse', 'operator', 'handback'),
        fc.oneof(fc.constantFrom('Billing', 'Tech', 'Sales', 'Triage', 'Human'), hostileText),
        async (id, who, body, mode, agent) => {
          const url = `/v1/conversations/${pathId(id)}`;
          if (mode === 'operator') {
            const res = await send('POST', `${url}/operator-messages`, {
              who,
              ...json({ ...(body as object), operator: agent }),
            });
            if (res.status === 200) expect(res.body.id).toBe(idOf(id));
            return;
          }
          if (mode === 'handback') {
            await send('POST', `${url}/handback`, { who, ...json({ agent, reason: (body as any)?.text }) });
            return;
          }
          const res = await send('POST', `${url}/messages`, { who, ...json(body), sse: mode === 'sse' });
          if (res.status !== 200) return;
          if (mode === 'json') {
            expect(res.body.conversationId).toBe(idOf(id));
            accept(idOf(id), 1);
            return;
          }
          const events = parseSse(String(res.body));
          const failed = events.find((e) => e.event === 'error');
          expect(failed?.data?.type, JSON.stringify(failed)).not.toBe('server_error');
          if (events.some((e) => e.event === 'done')) accept(idOf(id), 1);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('conversation creation and reads: hostile graph names, contexts, queries and paths', async () => {
    await fc.assert(
      fc.asyncProperty(
        credential,
        fc.oneof({ weight: 3, arbitrary: fc.constant('support') }, { weight: 1, arbitrary: hostileText }),
        fc.oneof(
          { weight: 3, arbitrary: fc.constant(undefined) },
          fc.dictionary(hostileText, anyValue, { maxKeys: 4 }),
          fc.record({ plan: anyValue, accountId: anyValue, callerName: hostileText }, { requiredKeys: [] }),
          anyValue,
        ),
        fc.constantFrom('create', 'list', 'inbox', 'read', 'graph', 'edges'),
        hostileText,
        async (who, graph, context, mode, text) => {
          const q = encodePathSegment(text).slice(0, 200);
          if (mode === 'create') {
            const res = await send('POST', '/v1/conversations', { who, ...json({ graph, context }) });
            if (res.status === 201) {
              expect(res.body.tenant).toBe(who === 'A' ? 'acme' : 'globex');
              expected.set(res.body.id, { tenant: res.body.tenant, userItems: 0 });
            }
            return;
          }
          const url = {
            list: `/v1/conversations?graph=${q}&status=${q}&limit=${q}`,
            inbox: `/v1/inbox?graph=${q}&limit=${q}`,
            read: `/v1/conversations/${q || 'x'}`,
            graph: `/v1/graphs/${q || 'x'}`,
            edges: `/v1/graphs/${q || 'x'}/edges`,
          }[mode]!;
          await send('GET', url, { who });
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('OpenAI-compatible endpoint: hostile messages, roles, models, metadata and streaming flags', async () => {
    const role = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('user', 'user', 'assistant', 'system', 'developer', 'tool') },
      { weight: 1, arbitrary: anyValue as fc.Arbitrary<any> },
    );
    const content = fc.oneof(
      { weight: 4, arbitrary: hostileText },
      {
        weight: 1,
        arbitrary: fc.array(fc.record({ type: fc.constantFrom('text', 'image_url', ''), text: anyValue }), {
          maxLength: 3,
        }),
      },
      { weight: 1, arbitrary: anyValue },
    );
    await fc.assert(
      fc.asyncProperty(
        credential,
        fc.oneof({ weight: 4, arbitrary: fc.constant('support') }, { weight: 1, arbitrary: anyValue }),
        fc.array(fc.record({ role, content }), { minLength: 0, maxLength: 4 }),
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom<unknown>(undefined, true, false) },
          { weight: 1, arbitrary: anyValue },
        ),
        fc.option(conversationId(), { nil: undefined }),
        async (who, model, messages, stream, continueId) => {
          const metadata = continueId === undefined ? undefined : { conversation_id: idOf(continueId) };
          const res = await send('POST', '/v1/chat/completions', {
            who,
            ...json({ model, messages, stream, metadata, stream_options: { include_usage: true } }),
          });
          if (res.status !== 200) return;
          const id = String(res.headers['x-switchboard-conversation']);
          if (!expected.has(id)) {
            // A new conversation: the earlier user messages seeded its history.
            const seeded = messages.slice(0, -1).filter((m) => m.role === 'user').length;
            expected.set(id, { tenant: who === 'A' ? 'acme' : 'globex', userItems: seeded });
          }
          if (typeof res.body === 'object') {
            accept(id, 1);
            return;
          }
          const text = String(res.body);
          expect(text, 'stream error').not.toContain('"server_error"');
          if (text.includes('data: [DONE]')) accept(id, 1);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('malformed, mistyped and oversized bodies are refused with a 4xx on every POST route', async () => {
    const posts = [
      '/v1/conversations',
      () => `/v1/conversations/${ownIds[0]}/messages`,
      () => `/v1/conversations/${ownIds[2]}/operator-messages`,
      () => `/v1/conversations/${ownIds[1]}/handback`,
      '/v1/chat/completions',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...posts),
        malformedBody,
        fc.boolean(),
        async (route, { payload, contentType }, huge) => {
          const url = typeof route === 'string' ? route : route();
          const body = huge ? `{"text":"${'a'.repeat(BODY_LIMIT)}"}` : payload;
          const res = await send('POST', url, { who: 'A', payload: body, contentType });
          if (huge && contentType?.startsWith('application/json')) expect(res.status).toBe(413);
          if (res.status < 300 && url.endsWith('/messages')) accept(ownIds[0], 1);
          if (res.status === 201) expected.set(res.body.id, { tenant: 'acme', userItems: 0 });
          if (res.status === 200 && url.endsWith('/completions'))
            expected.set(String(res.headers['x-switchboard-conversation']), { tenant: 'acme', userItems: 1 });
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('concurrent bursts on one conversation: each turn is accepted whole or refused (409), never half-written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ownIds.slice(0, 2)),
        fc.array(fc.tuple(hostileText, fc.boolean()), { minLength: 2, maxLength: 5 }),
        async (id, burst) => {
          const results = await Promise.all(
            burst.map(([text, sse]) =>
              send('POST', `/v1/conversations/${id}/messages`, { who: 'A', ...json({ text }), sse }),
            ),
          );
          for (const res of results) {
            if (res.status !== 200) continue;
            if (typeof res.body === 'object') {
              accept(id, 1);
              continue;
            }
            const events = parseSse(String(res.body));
            expect(events.find((e) => e.event === 'error')?.data?.type).not.toBe('server_error');
            if (events.some((e) => e.event === 'done')) accept(id, 1);
          }
        },
      ),
      { numRuns: Math.max(10, Math.round(RUNS / 5)) },
    );
  }, 600_000);

  it('foreign Host and Origin headers are refused with 403 and change nothing; served ones work as usual', async () => {
    // Header-safe characters only; empty values are left out (the injector fills in its own Host).
    const printable = hostileText
      .map((text) => text.replace(/[^\x21-\x7e]/g, '').slice(0, 80))
      .filter((text) => text !== '');
    const host = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('localhost:80', '127.0.0.1:8484', '[::1]:8484', 'LOCALHOST.') },
      {
        weight: 2,
        arbitrary: fc.constantFrom('attacker.example', 'localhost.attacker.example', '127.0.0.2'),
      },
      { weight: 1, arbitrary: printable },
    );
    const origin = fc.oneof(
      { weight: 3, arbitrary: fc.constant<string | undefined>(undefined) },
      { weight: 2, arbitrary: fc.constantFrom('http://localhost:5173', 'http://127.0.0.1:8484') },
      {
        weight: 2,
        arbitrary: fc.constantFrom('https://attacker.example', 'null', 'file://', 'http://[::1]'),
      },
      { weight: 1, arbitrary: printable },
    );
    const served = (name: string | null) => name !== null && LOOPBACK_NAMES.includes(name);
    await fc.assert(
      fc.asyncProperty(
        host,
        origin,
        hostileText,
        fc.boolean(),
        async (hostHeader, originHeader, text, sse) => {
          const headers: Record<string, string> = { host: hostHeader };
          if (originHeader !== undefined) headers.origin = originHeader;
          const id = ownIds[1];
          const res = await send('POST', `/v1/conversations/${id}/messages`, {
            who: 'A',
            ...json({ text }),
            sse,
            headers,
          });
          const allowed =
            served(hostnameOf(hostHeader)) &&
            (originHeader === undefined || served(originHostname(originHeader)));
          if (!allowed) {
            expect(res.status, `${hostHeader} / ${originHeader}`).toBe(403);
            return;
          }
          expect(res.status).not.toBe(403);
          if (res.status !== 200) return;
          if (typeof res.body === 'object') return accept(id, 1);
          if (parseSse(String(res.body)).some((e) => e.event === 'done')) accept(id, 1);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('clients hanging up at any point of a body leave nothing behind and are never logged as failures', async () => {
    const port = Number(new URL(await server.listen()).port);
    const warnings = () => logLines.filter((l) => JSON.parse(l).level >= 40).length;
    const before = warnings();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/v1/conversations',
          `/v1/conversations/${ownIds[0]}/messages`,
          '/v1/chat/completions',
        ),
        hostileText,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        async (path, text, cut) => {
          tried += 1;
          const body = JSON.stringify(
            path.endsWith('completions')
              ? { model: 'support', messages: [{ role: 'user', content: text }] }
              : { graph: 'support', text },
          );
          const bytes = Buffer.from(body);
          const head =
            `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${keyA}\r\n` +
            `Content-Type: application/json\r\nContent-Length: ${bytes.length}\r\n\r\n`;
          const partial = Buffer.concat([
            Buffer.from(head),
            bytes.subarray(0, Math.floor(bytes.length * cut)),
          ]);
          const client = slowClient(port, partial, '');
          await new Promise((resolve) => setTimeout(resolve, 5));
          client.stop();
          await client.closed;
        },
      ),
      { numRuns: Math.max(20, Math.round(RUNS / 3)) },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logLines.slice(-50).filter((l) => /database/i.test(l))).toEqual([]);
    expect(warnings()).toBe(before);
  }, 600_000);

  it('afterwards the database holds exactly what was accepted, and nothing was logged as a failure', async () => {
    for (const tenant of ['acme', 'globex']) {
      const stored = await server.store.listConversations({ tenant, limit: 100_000 });
      const mine = [...expected].filter(([, e]) => e.tenant === tenant).map(([id]) => id);
      // Refused requests left no conversation behind, and no accepted one is missing.
      expect(stored.map((c) => c.id).sort()).toEqual(mine.sort());
    }
    for (const [id, want] of expected) {
      const items = await server.store.getItems(id);
      const users = items.filter((i) => i.agent === null && (i.item as { role?: string }).role === 'user');
      expect(users.length, `user items of ${id} (own: ${ownIds.indexOf(id)})`).toBe(want.userItems);
      // The items table is gapless: no half-written turn.
      expect(items.map((i) => i.seq)).toEqual(items.map((_, n) => n + 1));
    }
    expect(logLines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(4 * RUNS);
  });
});
