import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { registerCallRoutes } from '../../src/app/callRoutes.ts';
import { buildServer } from '../../src/server/app.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { twilioSignature } from '../../src/voice/twilioSignature.ts';
import type { VoiceConfig } from '../../src/voice/voiceConfig.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';

/** X-Twilio-Signature on the API server: only requests Twilio signed, for this URL and body, get through. */
const TOKEN = 'twilio-signature-test-token';
const PUBLIC_URL = 'https://voice.example.test';
const FORM = { CallSid: 'CA123', From: '+15550001111', To: '+15550002222' };
const form = (params: Record<string, string>) => new URLSearchParams(params).toString();
const CONTENT_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

async function voiceApp(config: Partial<VoiceConfig>, double: RealtimeDouble) {
  const store = createMemoryStore();
  const sb = await voiceSwitchboard('support', store);
  const { app, context } = await buildServer({ graphs: [sb], store, rateLimit: false });
  if (!app.hasRoute({ method: 'POST', url: '/twilio/voice' }))
    await registerCallRoutes(app, { graphs: context.graphs, config: doubleVoiceConfig(double, config) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return { app, store, mediaUrl: `ws://127.0.0.1:${port}/twilio/media` };
}

function upgradeStatus(url: string, signature?: string): Promise<number> {
  const socket = new WebSocket(url, { headers: signature ? { 'x-twilio-signature': signature } : {} });
  return new Promise((resolve) => {
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', () => resolve(0));
  });
}

describe('Twilio signature check', () => {
  let double: RealtimeDouble;
  let server: Awaited<ReturnType<typeof voiceApp>>;
  beforeAll(async () => {
    double = await startRealtimeDouble({ record: false });
    server = await voiceApp({ twilioAuthToken: TOKEN, publicUrl: PUBLIC_URL }, double);
  }, 60_000);
  afterAll(async () => {
    await server?.app.close();
    await server?.store.close();
    await double?.close();
  });

  const post = (url: string, params: Record<string, string>, signature?: string) =>
    server.app.inject({
      method: 'POST',
      url,
      headers: { ...CONTENT_TYPE, ...(signature ? { 'x-twilio-signature': signature } : {}) },
      payload: form(params),
    });

  it('answers TwiML to a webhook signed over its public URL and parameters', async () => {
    const res = await post('/twilio/voice', FORM, twilioSignature(TOKEN, `${PUBLIC_URL}/twilio/voice`, FORM));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<Connect><Stream url="wss://voice.example.test/twilio/media">');
  });

  it('refuses with 403: no signature, a parameter changed after signing, another URL, another token', async () => {
    const good = twilioSignature(TOKEN, `${PUBLIC_URL}/twilio/voice`, FORM);
    const attempts = [
      await post('/twilio/voice', FORM),
      await post('/twilio/voice', { ...FORM, From: '+15559999999' }, good),
      await post('/twilio/voice?graph=support', FORM, good),
      await post(
        '/twilio/voice',
        FORM,
        twilioSignature(TOKEN, 'https://attacker.example/twilio/voice', FORM),
      ),
      await post('/twilio/voice', FORM, twilioSignature('another-token', `${PUBLIC_URL}/twilio/voice`, FORM)),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(403);
      expect(JSON.parse(res.body).error.message).toBe('invalid X-Twilio-Signature');
    }
  });

  it('opens the media stream only with the signature of its own URL', async () => {
    const mediaSigned = twilioSignature(TOKEN, 'wss://voice.example.test/twilio/media');
    expect(await upgradeStatus(server.mediaUrl, mediaSigned)).toBe(101);
    expect(await upgradeStatus(server.mediaUrl)).toBe(403);
    // A webhook's signature replayed on the stream does not open it.
    expect(
      await upgradeStatus(server.mediaUrl, twilioSignature(TOKEN, `${PUBLIC_URL}/twilio/voice`, FORM)),
    ).toBe(403);
    expect(
      await upgradeStatus(
        server.mediaUrl,
        twilioSignature('another-token', 'wss://voice.example.test/twilio/media'),
      ),
    ).toBe(403);
  });
});

describe('Twilio routes without a configured auth token', () => {
  it('refuse everything, signed or not, with a message saying what to configure', async () => {
    const double = await startRealtimeDouble({ record: false });
    const server = await voiceApp({ twilioAuthToken: undefined, publicUrl: PUBLIC_URL }, double);
    try {
      const res = await server.app.inject({
        method: 'POST',
        url: '/twilio/voice',
        headers: {
          ...CONTENT_TYPE,
          'x-twilio-signature': twilioSignature('', `${PUBLIC_URL}/twilio/voice`, FORM),
        },
        payload: form(FORM),
      });
      expect(res.statusCode).toBe(503);
      expect(JSON.parse(res.body).error.message).toMatch(/TWILIO_AUTH_TOKEN/);
      expect(
        await upgradeStatus(server.mediaUrl, twilioSignature('', 'wss://voice.example.test/twilio/media')),
      ).toBe(503);
    } finally {
      await server.app.close();
      await server.store.close();
      await double.close();
    }
  });
});
