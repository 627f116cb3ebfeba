import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { registerCallRoutes } from '../../src/app/callRoutes.ts';
import { buildServer } from '../../src/server/app.ts';
import { LONE_SURROGATE } from '../../src/server/inputHygiene.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { twilioSignature } from '../../src/voice/twilioSignature.ts';
import { issueStreamToken, StreamTokens } from '../../src/voice/twilioStreamToken.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { anyValue, hostileText } from '../support/server/hostileInput.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';

/**
 * Fuzzes the Twilio voice webhook (POST /twilio/voice) and the media stream WebSocket (/twilio/media)
 * on the full API server: hostile form parameters, bodies, content types, signatures and frames.
 * Nothing may answer 5xx or take the process down; an unsigned request never gets TwiML; TwiML never
 * carries caller-controlled markup, only a stream token bound to the request's CallSid, graph and From;
 * a body that is not a form is a 415; a stream whose `start` has no valid token for its CallSid never
 * reaches the Realtime API or a conversation. `FUZZ_RUNS` scales the run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const WS_RUNS = Math.max(10, Math.round(RUNS / 3));
const PUBLIC_URL = 'https://voice.example.test';
const TOKEN = 'twilio-fuzz-token';

const wellFormed = (s: string) => s.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => XML_ENTITIES[e]);

describe('Twilio webhook and media stream under hostile input (fast-check)', () => {
  let double: RealtimeDouble;
  let store: ConversationStore;
  let app: Awaited<ReturnType<typeof buildServer>>['app'];
  let mediaUrl: string;
  let tried = 0;
  let validStarts = 0;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    double = await startRealtimeDouble({ record: false, script: { turns: [] } });
    store = createMemoryStore();
    const sb = await voiceSwitchboard('support', store);
    const config = doubleVoiceConfig(double, { publicUrl: PUBLIC_URL, twilioAuthToken: TOKEN });
    const built = await buildServer({ graphs: [sb], store, rateLimit: false });
    app = built.app;
    // The server may already wire the voice routes; otherwise they are registered here as serve does.
    if (!app.hasRoute({ method: 'POST', url: '/twilio/voice' }))
      await registerCallRoutes(app, { graphs: built.context.graphs, config, track: built.context.track });
    await app.listen({ host: '127.0.0.1', port: 0 });
    mediaUrl = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/twilio/media`;
  }, 60_000);

  afterAll(async () => {
    process.stdout.write(
      `fuzz_twilio: ${tried} hostile inputs tried (webhook requests + media frames); webhook statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; streams started with a valid token ${validStarts}\n`,
    );
    await app?.close();
    await double?.close();
    await store?.close();
  });

  const formValue = fc.oneof(
    { weight: 3, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.constant('') },
  );
  const encodeForm = (params: Record<string, string>) =>
    Object.entries(params)
      .map(([k, v]) => `${encodeURIComponent(wellFormed(k))}=${encodeURIComponent(wellFormed(v))}`)
      .join('&');

  it('POST /twilio/voice: hostile parameters, bodies and signatures never give a 5xx or unsigned TwiML', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ CallSid: formValue, From: formValue, To: formValue }, { requiredKeys: [] }),
        fc.dictionary(hostileText, formValue, { maxKeys: 3 }),
        fc.oneof(
          { weight: 3, arbitrary: fc.constant<string | null>(null) },
          { weight: 1, arbitrary: hostileText },
        ),
        fc.constantFrom('valid', 'valid', 'valid', 'wrong', 'missing', 'other-url'),
        fc.oneof(
          { weight: 5, arbitrary: fc.constant('application/x-www-form-urlencoded') },
          { weight: 1, arbitrary: fc.constantFrom('application/json', 'text/plain', 'text/xml') },
        ),
        fc.oneof(
          { weight: 6, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom('%', '%ZZ&=&&==', 'a'.repeat(300_000), '\u0000=\u0000') },
        ),
        async (known, extra, graph, signing, contentType, rawBody) => {
          tried += 1;
          const params = { ...extra, ...known } as Record<string, string>;
          const payload = rawBody ?? encodeForm(params);
          // What the server will see after parsing: signatures are over the decoded parameters.
          const seen = Object.fromEntries(new URLSearchParams(payload));
          const url =
            graph === null ? '/twilio/voice' : `/twilio/voice?graph=${encodeURIComponent(wellFormed(graph))}`;
          const signedOver = signing === 'other-url' ? `${PUBLIC_URL}/elsewhere` : `${PUBLIC_URL}${url}`;
          const headers: Record<string, string> = { 'content-type': contentType };
          if (signing !== 'missing')
            headers['x-twilio-signature'] =
              signing === 'wrong' ? 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' : twilioSignature(TOKEN, signedOver, seen);
          const res = await app.inject({ method: 'POST', url, headers, payload });
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          expect(res.statusCode, res.body.slice(0, 200)).toBeLessThan(500);
          // Twilio posts forms only: any other body is refused as such, signed or not, before it is parsed.
          if (contentType !== 'application/x-www-form-urlencoded') {
            expect(res.statusCode, res.body.slice(0, 200)).toBe(415);
            expect(JSON.parse(res.body).error.message).toContain('application/x-www-form-urlencoded');
          }
          if (res.statusCode >= 400) {
            if (process.env.FUZZ_DEBUG)
              process.stderr.write(`REFUSED ${res.statusCode} ${signing} ${res.body.slice(0, 150)}\n`);
            expect(JSON.parse(res.body).error.message).toEqual(expect.any(String));
            return;
          }
          // Only a request signed with the account token over this exact URL and body gets TwiML.
          expect(signing).toBe('valid');
          expect(contentType).toBe('application/x-www-form-urlencoded');
          expect(res.headers['content-type']).toMatch(/^text\/xml/);
          const values = [...res.body.matchAll(/<Parameter name="([^"]*)" value="([^"]*)"\/>/g)].map((m) => [
            unescapeXml(m[1]),
            unescapeXml(m[2]),
          ]);
          // One parameter: the token, whose claims are what the signed request said, bound to its CallSid.
          expect(values.map(([name]) => name)).toEqual(['token']);
          const checked = await new StreamTokens().check(TOKEN, values[0][1], seen.CallSid);
          expect(checked).toEqual({
            ok: true,
            claims: {
              callSid: seen.CallSid,
              graph: graph ?? 'support',
              tenant: null,
              conversation: null,
              from: seen.From || null,
            },
          });
          expect(await new StreamTokens().check(TOKEN, values[0][1], `${seen.CallSid}x`)).toMatchObject({
            ok: false,
            problem: 'other_call',
          });
          // Caller-controlled text stays inside attribute values: the element structure is fixed.
          expect(res.body.replace(/"[^"]*"/g, '""')).toMatch(
            /^<\?xml version=""[^>]*\?><Response><Connect><Stream url="">(<Parameter name="" value=""\/>)+<\/Stream><\/Connect><\/Response>$/,
          );
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  /** Stand-ins in generated frames for tokens minted per run: valid for FUZZ_CALL, or broken one way. */
  const FUZZ_CALL = 'CAfuzz';
  const TOKEN_SLOTS = ['@valid', '@valid', '@forged', '@expired', '@other-call'] as const;
  async function withTokens(frames: (string | Buffer)[]): Promise<(string | Buffer)[]> {
    const claims = { callSid: FUZZ_CALL, graph: 'support', tenant: null, conversation: null, from: null };
    const minted: Record<string, string> = {
      '@valid': await issueStreamToken(TOKEN, claims),
      '@forged': await issueStreamToken('another-token', claims),
      '@expired': await issueStreamToken(TOKEN, claims, { now: Date.now() - 3_600_000 }),
      '@other-call': await issueStreamToken(TOKEN, { ...claims, callSid: 'CAother' }),
    };
    return frames.map((f) =>
      typeof f === 'string'
        ? f.replace(/"(@valid|@forged|@expired|@other-call)"/g, (_m, k) => `"${minted[k]}"`)
        : f,
    );
  }

  /** Whether the stream's first well-formed `start` carries a valid token for its own CallSid. */
  const opensACall = (frames: (string | Buffer)[]) => {
    for (const f of frames) {
      if (typeof f !== 'string') continue;
      let m: any;
      try {
        m = JSON.parse(f);
      } catch {
        continue;
      }
      if (m?.event !== 'start') continue;
      if (typeof m.start?.streamSid !== 'string' || m.start.streamSid === '') continue; // not a parsed start
      const token = m.start.customParameters?.token;
      // '@other-call' is minted for CAother: valid when that is the CallSid the start names.
      return (
        (m.start.callSid === FUZZ_CALL && token === '@valid') ||
        (m.start.callSid === 'CAother' && token === '@other-call')
      );
    }
    return false;
  };

  /** One media stream connection fed `frames`; resolves when the server closed it or after a grace period. */
  async function stream(frames: (string | Buffer)[], signature: string | null): Promise<'refused' | number> {
    const headers = signature === null ? {} : { 'x-twilio-signature': signature };
    const socket = new WebSocket(mediaUrl, { headers });
    const opened = await new Promise<boolean>((resolve) => {
      socket.once('open', () => resolve(true));
      socket.once('unexpected-response', (_req, res) => {
        expect(res.statusCode).toBeLessThan(500);
        resolve(false);
      });
      socket.once('error', () => resolve(false));
    });
    if (!opened) return 'refused';
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('error', () => {});
    for (const frame of frames) {
      if (socket.readyState !== socket.OPEN) break;
      tried += 1;
      socket.send(frame, { binary: Buffer.isBuffer(frame) });
    }
    const code = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(-1), 150))]);
    if (code === -1) {
      socket.close(1000);
      return closed;
    }
    return code;
  }

  const frame: fc.Arbitrary<string | Buffer> = fc.oneof(
    { weight: 2, arbitrary: hostileText },
    { weight: 2, arbitrary: anyValue.map((v) => JSON.stringify(v) ?? 'undefined') },
    {
      weight: 3,
      arbitrary: fc
        .record({
          event: fc.constantFrom('connected', 'start', 'media', 'dtmf', 'mark', 'stop', 'clear', '__proto__'),
          start: fc.record({
            streamSid: fc.oneof(fc.constant('MZfuzz'), hostileText),
            callSid: fc.oneof(fc.constant(FUZZ_CALL), hostileText),
            customParameters: fc.record(
              {
                token: fc.oneof(fc.constantFrom(...TOKEN_SLOTS), hostileText),
                graph: fc.oneof(fc.constant('support'), hostileText),
                conversation: fc.oneof(hostileText, fc.constant('')),
                from: hostileText,
              },
              { requiredKeys: [] },
            ),
          }),
          media: fc.record({ payload: fc.oneof(fc.base64String({ maxLength: 400 }), hostileText) }),
          dtmf: fc.record({ digit: fc.oneof(fc.constantFrom('1', '#', '*'), hostileText) }),
          mark: fc.record({ name: hostileText }),
        })
        .map((m) => JSON.stringify(m)),
    },
    {
      // A well-formed start: valid, forged, expired or another call's token, for this call or another.
      weight: 2,
      arbitrary: fc
        .record({
          callSid: fc.constantFrom(FUZZ_CALL, FUZZ_CALL, 'CAother'),
          token: fc.constantFrom(...TOKEN_SLOTS),
          conversation: fc.oneof(fc.constant(undefined), hostileText),
        })
        .map(({ callSid, token, conversation }) =>
          JSON.stringify({
            event: 'start',
            streamSid: 'MZfuzz',
            start: {
              streamSid: 'MZfuzz',
              callSid,
              customParameters: conversation === undefined ? { token } : { token, conversation },
            },
          }),
        ),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)) },
    { weight: 1, arbitrary: fc.constant(`{"event":"media","media":{"payload":"${'A'.repeat(70_000)}"}}`) },
  );

  it('/twilio/media: hostile frames and signatures never crash the server', async () => {
    const signature = twilioSignature(TOKEN, `${PUBLIC_URL.replace(/^http/, 'ws')}/twilio/media`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(frame, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<string | null>(
          signature,
          signature,
          signature,
          null,
          'forged',
          `${signature.slice(0, -2)}A=`,
        ),
        async (frames, sig) => {
          const sessionsBefore = double.sessions.length;
          const result = await stream(await withTokens(frames), sig);
          // No valid token for the stream's own CallSid: nothing reached the Realtime API.
          if (opensACall(frames)) validStarts += 1;
          else expect(double.sessions.length).toBe(sessionsBefore);
          if (process.env.FUZZ_DEBUG) process.stderr.write(`STREAM ${frames.length} frames → ${result}\n`);
          if (sig !== signature) expect(result).toBe('refused');
          else expect(result).not.toBe('refused');
          const health = await app.inject({ method: 'GET', url: '/healthz' });
          expect(health.statusCode).toBe(200);
        },
      ),
      { numRuns: WS_RUNS },
    );
    // Every call that got as far as a conversation was ended and written once its stream closed.
    const deadline = Date.now() + 10_000;
    let open = await store.listConversations({ status: 'active', limit: 10_000 });
    while (open.length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      open = await store.listConversations({ status: 'active', limit: 10_000 });
    }
    expect(open.map((c) => c.id)).toEqual([]);
  }, 600_000);
});
