import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { registerCallRoutes } from '../../src/app/callRoutes.ts';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { buildServer } from '../../src/server/app.ts';
import { type ApiKeyStore, apiKeyStoreFor } from '../../src/store/apiKeys.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { twilioSignature } from '../../src/voice/twilioSignature.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';

/**
 * Secrets at rest and in logs, on the embedded PGlite store with the voice routes mounted: API keys
 * are stored as sha256 only; the most verbose log level, fed every path that logs (auth failures,
 * ?key= on a WebSocket, a database failure mid-turn, Twilio webhooks and a call whose Realtime
 * connection is refused), never contains an API key, the Twilio token, the OpenAI key or the
 * customer's words.
 */
const OPENAI_KEY = 'sk-test-CANARY-openai-9f8e7d';
const TWILIO_TOKEN = 'twilio-CANARY-token-5a4b3c';
const CUSTOMER_WORDS = 'CANARY my card is 4111 1111 1111 1111';
const PUBLIC_URL = 'https://voice.example.test';

describe('secrets at rest and in logs', () => {
  let dir: string;
  let store: ConversationStore;
  let keys: ApiKeyStore;
  let double: RealtimeDouble;
  let sb: Switchboard;
  let app: Awaited<ReturnType<typeof buildServer>>['app'];
  let base: string;
  const lines: string[] = [];
  const created: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-secrets-'));
    store = await createPgliteStore({ dataDir: dir });
    await store.migrate();
    keys = await apiKeyStoreFor(store);
    // The Realtime service refuses our key: the call fails to connect and that failure is logged.
    double = await startRealtimeDouble({ apiKey: 'the-real-key-is-different' });
    sb = await voiceSwitchboard('support', store);
    const built = await buildServer({
      graphs: [sb],
      store,
      rateLimit: false,
      logLevel: 'trace',
      logStream: { write: (line) => lines.push(line) },
    });
    app = built.app;
    if (!app.hasRoute({ method: 'POST', url: '/twilio/voice' }))
      await registerCallRoutes(app, {
        graphs: built.context.graphs,
        config: doubleVoiceConfig(double, {
          apiKey: OPENAI_KEY,
          twilioAuthToken: TWILIO_TOKEN,
          publicUrl: PUBLIC_URL,
        }),
      });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await double?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stores API keys as their sha256 only: the key appears nowhere in the database', async () => {
    for (const tenant of ['acme', 'globex']) created.push((await keys.create({ tenant })).key);
    const db = await store.toolDb();
    const result = (await db.execute(sql.raw('select row_to_json(k)::text as row from api_keys k'))) as any;
    const rows: string[] = (result.rows ?? result).map((r: { row: string }) => r.row);
    expect(rows).toHaveLength(2);
    const everything = rows.join('\n');
    for (const key of created) {
      expect(everything).not.toContain(key);
      expect(everything).toContain(createHash('sha256').update(key).digest('hex'));
    }
    // And the key still works, by hash lookup.
    const res = await app.inject({
      method: 'GET',
      url: '/v1/graphs',
      headers: { authorization: `Bearer ${created[0]}` },
    });
    expect(res.statusCode).toBe(200);
  });

  it('logs nothing secret or personal, at trace level, across every path that logs', async () => {
    const [key] = created;
    const auth = { authorization: `Bearer ${key}` };
    const conv = JSON.parse(
      (
        await app.inject({
          method: 'POST',
          url: '/v1/conversations',
          headers: auth,
          payload: { graph: 'support' },
        })
      ).body,
    );
    // Auth failures: unknown, malformed and revoked keys.
    await app.inject({ method: 'GET', url: '/v1/graphs', headers: { authorization: `Bearer ${key}x` } });
    await app.inject({ method: 'GET', url: '/v1/graphs', headers: { authorization: `Basic ${key}` } });
    const revoked = await keys.create({ tenant: 'acme' });
    await keys.revoke(revoked.id);
    await app.inject({
      method: 'GET',
      url: '/v1/graphs',
      headers: { authorization: `Bearer ${revoked.key}` },
    });
    // The key in the URL of a WebSocket upgrade (browsers cannot set headers).
    const ws = new WebSocket(`ws://${base}/v1/conversations/${conv.id}/live?key=${key}`);
    await new Promise((resolve) => ws.once('message', resolve));
    ws.close();
    // A database failure mid-turn: the error drizzle raises carries the query's parameters.
    const send = sb.send.bind(sb);
    sb.send = async (id: string, text: string) => {
      throw new DrizzleQueryError(
        'insert into items (conversation_id, item) values ($1, $2)',
        [id, text],
        new Error('disk full'),
      );
    };
    const failed = await app.inject({
      method: 'POST',
      url: `/v1/conversations/${conv.id}/messages`,
      headers: auth,
      payload: { text: CUSTOMER_WORDS },
    });
    sb.send = send;
    expect(failed.statusCode).toBe(500);
    // Twilio: a signed webhook, a forged one, and a call whose Realtime connection is refused.
    const form = 'CallSid=CA1&From=%2B15550001111';
    const signature = twilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}/twilio/voice`, {
      CallSid: 'CA1',
      From: '+15550001111',
    });
    const contentType = { 'content-type': 'application/x-www-form-urlencoded' };
    const signed = await app.inject({
      method: 'POST',
      url: '/twilio/voice',
      headers: { ...contentType, 'x-twilio-signature': signature },
      payload: form,
    });
    expect(signed.statusCode).toBe(200);
    // The stream token the TwiML carries for the call (a bearer credential: never logged either).
    const streamToken = /<Parameter name="token" value="([^"]+)"/.exec(signed.body)![1];
    await app.inject({
      method: 'POST',
      url: '/twilio/voice',
      headers: { ...contentType, 'x-twilio-signature': 'x' },
      payload: form,
    });
    const media = new WebSocket(`ws://${base}/twilio/media`, {
      headers: {
        'x-twilio-signature': twilioSignature(TWILIO_TOKEN, 'wss://voice.example.test/twilio/media'),
      },
    });
    await new Promise((resolve) => media.once('open', resolve));
    media.send(
      JSON.stringify({
        event: 'start',
        start: { streamSid: 'MZ1', callSid: 'CA1', customParameters: { token: streamToken } },
      }),
    );
    await new Promise((resolve) => media.once('close', resolve));

    const logged = lines.join('');
    // The paths above did log: the 500 (with its cause) and the refused call.
    expect(logged).toContain('request failed');
    expect(logged).toContain('params: [redacted]');
    expect(logged).toContain('disk full');
    expect(logged).toMatch(/could not start the voice session/);
    if (process.env.DUMP_LOG) process.stderr.write(`DUMPLOG ${logged}`);
    for (const secret of [
      ...created,
      revoked.key,
      OPENAI_KEY,
      TWILIO_TOKEN,
      streamToken,
      CUSTOMER_WORDS,
      '4111 1111',
    ])
      expect(logged, `log output contains "${secret}"`).not.toContain(secret);
  });
});
