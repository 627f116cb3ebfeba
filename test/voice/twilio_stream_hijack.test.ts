import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { registerCallRoutes } from '../../src/app/callRoutes.ts';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { installErrorHandling } from '../../src/server/errors.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { fetchStreamParameters } from '../../src/voice/callerSimulator.ts';
import { twilioSignature } from '../../src/voice/twilioSignature.ts';
import { issueStreamToken } from '../../src/voice/twilioStreamToken.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

/**
 * Issue #17 items 2, 8 and 11: the media stream's handshake signature is one value forever (it covers
 * the bare URL), so it must not be enough to open a call. Every scenario here worked before the stream
 * token: a captured header plus `customParameters.conversation` attached a call to any tenant's
 * conversation, and a signed stream could idle forever without `start`.
 */
const TOKEN = 'hijack-test-token';
const PUBLIC = 'https://voice.example.test';
const MEDIA_SIGNATURE = twilioSignature(TOKEN, 'wss://voice.example.test/twilio/media');
const ACME_NUMBER = '+15550002222';
const GLOBEX_NUMBER = '+15550003333';

type Closed = { code: number; reason: string; afterMs: number };

describe('a Twilio media stream attaches only to the call its webhook answered', () => {
  let double: RealtimeDouble;
  let store: ConversationStore;
  let sb: Switchboard;
  let app: FastifyInstance;
  let mediaUrl: string;
  let keysExist = false;

  beforeAll(async () => {
    double = await startRealtimeDouble({ record: false, script: { turns: [] } });
    store = createMemoryStore();
    sb = await voiceSwitchboard('support', store);
    app = Fastify();
    installErrorHandling(app);
    await registerCallRoutes(app, {
      graphs: new Map([['support', sb]]),
      config: doubleVoiceConfig(double, {
        publicUrl: PUBLIC,
        twilioAuthToken: TOKEN,
        twilioNumbers: { [ACME_NUMBER]: 'acme', [GLOBEX_NUMBER]: 'globex' },
        streamStartTimeoutMs: 400,
      }),
      tenantsRequired: async () => keysExist,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    mediaUrl = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/twilio/media`;
  }, 60_000);
  beforeEach(() => {
    keysExist = false;
  });
  afterAll(async () => {
    await app?.close();
    await double?.close();
    await store?.close();
  });

  const webhook = (callSid: string, extra: { to?: string; from?: string; direction?: string } = {}) =>
    fetchStreamParameters({
      mediaUrl,
      signedMediaUrl: 'wss://voice.example.test/twilio/media',
      authToken: TOKEN,
      callSid,
      graph: 'support',
      to: ACME_NUMBER,
      ...extra,
    });

  /** A signed stream that sends `frames` (a `start` for `callSid` with `parameters` unless told otherwise). */
  async function stream(
    callSid: string | null,
    parameters: Record<string, string>,
    keepOpenMs = 300,
  ): Promise<Closed | 'open'> {
    const socket = new WebSocket(mediaUrl, { headers: { 'x-twilio-signature': MEDIA_SIGNATURE } });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const opened = performance.now();
    const closed = new Promise<Closed>((resolve) =>
      socket.once('close', (code, reason) =>
        resolve({ code, reason: reason.toString(), afterMs: performance.now() - opened }),
      ),
    );
    socket.send(JSON.stringify({ event: 'connected', protocol: 'Call', version: '1.0.0' }));
    if (callSid !== null)
      socket.send(
        JSON.stringify({
          event: 'start',
          streamSid: 'MZ1',
          start: { streamSid: 'MZ1', callSid, customParameters: parameters },
        }),
      );
    const result = await Promise.race([
      closed,
      new Promise<'open'>((r) => setTimeout(() => r('open'), keepOpenMs)),
    ]);
    if (result === 'open') {
      socket.send(JSON.stringify({ event: 'stop', streamSid: 'MZ1' }));
      socket.close();
      await closed;
    }
    return result;
  }

  const conversationsOf = async (tenant: string | null) =>
    (await store.listConversations({ limit: 1000 })).filter((c) => c.tenant === tenant);

  it('a captured handshake header with customParameters.conversation opens nothing on another tenant', async () => {
    const victim = await sb.createConversation({ tenant: 'globex' });
    const sessionsBefore = double.sessions.length;
    const closed = await stream('CAattacker', { graph: 'support', conversation: victim.id });
    expect(closed).toMatchObject({ code: 1008, reason: 'stream token missing' });
    // Nothing attached: no Realtime session, the victim's conversation untouched and still open.
    expect(double.sessions.length).toBe(sessionsBefore);
    expect(await store.getConversation(victim.id)).toMatchObject({
      status: 'active',
      version: victim.version,
    });
    expect(await store.listEvents(victim.id)).toEqual([]);
  });

  it("a valid token for the attacker's own call ignores a forged conversation parameter", async () => {
    const victim = await sb.createConversation({ tenant: 'globex' });
    const params = await webhook('CAown');
    expect(await stream('CAown', { ...params, conversation: victim.id, graph: 'nope' })).toBe('open');
    await waitFor(
      async () => (await conversationsOf('acme')).some((c) => c.status === 'ended'),
      'the call to end',
    );
    expect(await store.getConversation(victim.id)).toMatchObject({
      status: 'active',
      version: victim.version,
    });
  });

  it('refuses forged, expired, another call’s and spent tokens with a reason, attaching nothing', async () => {
    const claims = { callSid: 'CAx', graph: 'support', tenant: 'acme', conversation: null, from: null };
    const sessionsBefore = double.sessions.length;
    const forged = await issueStreamToken('not-the-token', claims);
    expect(await stream('CAx', { token: forged })).toMatchObject({
      code: 1008,
      reason: 'stream token invalid',
    });
    expect(await stream('CAx', { token: 'garbage' })).toMatchObject({ reason: 'stream token invalid' });
    const expired = await issueStreamToken(TOKEN, claims, { now: Date.now() - 10 * 60_000 });
    expect(await stream('CAx', { token: expired })).toMatchObject({
      code: 1008,
      reason: 'stream token expired',
    });
    const forA = await webhook('CAa');
    expect(await stream('CAb', forA)).toMatchObject({
      code: 1008,
      reason: 'stream token belongs to another call',
    });
    expect(double.sessions.length).toBe(sessionsBefore);
    // Used once by its own call, then replayed on the same CallSid.
    const replayed = await webhook('CAonce');
    expect(await stream('CAonce', replayed)).toBe('open');
    expect(await stream('CAonce', replayed)).toMatchObject({
      code: 1008,
      reason: 'stream token already used',
    });
  });

  it('a signed stream that never sends start is closed after the handshake timeout', async () => {
    const before = (await store.listConversations({ limit: 1000 })).length;
    const closed = await stream(null, {}, 3000);
    expect(closed).toMatchObject({ code: 1008, reason: 'no start message within 400 ms' });
    expect((closed as Closed).afterMs).toBeGreaterThanOrEqual(350);
    expect((closed as Closed).afterMs).toBeLessThan(2000);
    expect((await store.listConversations({ limit: 1000 })).length).toBe(before);
  });

  it("a phone call's conversation belongs to its number's tenant (To inbound, From outbound)", async () => {
    keysExist = true;
    const inbound = await webhook('CAin', { to: GLOBEX_NUMBER });
    const before = new Set((await conversationsOf('globex')).map((c) => c.id));
    expect(await stream('CAin', inbound)).toBe('open');
    await waitFor(
      async () => (await conversationsOf('globex')).length > before.size,
      'a globex conversation',
    );
    const outbound = await webhook('CAout', {
      from: ACME_NUMBER,
      to: '+15559990000',
      direction: 'outbound-api',
    });
    const acmeBefore = (await conversationsOf('acme')).length;
    expect(await stream('CAout', outbound)).toBe('open');
    await waitFor(async () => (await conversationsOf('acme')).length > acmeBefore, 'an acme conversation');
  });

  it('with API keys, a number mapped to no tenant is refused; without keys it is tenant null', async () => {
    keysExist = true;
    const refused = await webhook('CAunmapped', { to: '+15550009999' }).catch((error) => error);
    expect(refused.status).toBe(403);
    expect(refused.message).toContain('SWITCHBOARD_TWILIO_NUMBERS');
    keysExist = false;
    const before = (await conversationsOf(null)).length;
    expect(await stream('CAopen', await webhook('CAopen', { to: '+15550009999' }))).toBe('open');
    await waitFor(async () => (await conversationsOf(null)).length > before, 'a tenant-null conversation');
  });

  it("?conversation= continues the number's tenant's conversation only", async () => {
    const mine = await sb.createConversation({ tenant: 'acme' });
    const theirs = await sb.createConversation({ tenant: 'globex' });
    const refused = await fetchStreamParameters({
      mediaUrl,
      signedMediaUrl: 'wss://voice.example.test/twilio/media',
      authToken: TOKEN,
      callSid: 'CAcont1',
      graph: 'support',
      conversation: theirs.id,
      to: ACME_NUMBER,
    }).catch((error) => error);
    expect(refused.status).toBe(404);
    const params = await fetchStreamParameters({
      mediaUrl,
      signedMediaUrl: 'wss://voice.example.test/twilio/media',
      authToken: TOKEN,
      callSid: 'CAcont2',
      graph: 'support',
      conversation: mine.id,
      to: ACME_NUMBER,
    });
    expect(await stream('CAcont2', params)).toBe('open');
    await waitFor(
      async () => (await store.listEvents(mine.id)).some((e) => e.type === 'voice.started'),
      'the call to continue the conversation',
    );
    expect(await store.listEvents(theirs.id)).toEqual([]);
  });
});
