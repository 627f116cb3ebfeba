import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/startServer.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { simulateTwilioCall } from '../../src/voice/callerSimulator.ts';
import { twilioSignature } from '../../src/voice/twilioSignature.ts';
import type { VoiceConfig } from '../../src/voice/voiceConfig.ts';
import { buzz, concat, silence } from '../../testing/audio/callerAudio.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { doubleVoiceConfig } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

/** The voice routes as `switchboard serve` runs them: the full API server, its store and its live hub. */
describe('switchboard serve answers Twilio calls', () => {
  let double: RealtimeDouble;
  let server: RunningServer;
  let store: ConversationStore;
  let voice: VoiceConfig;

  beforeAll(async () => {
    double = await startRealtimeDouble({
      script: {
        greeting: [{ say: 'Hello, Relay Cloud.' }],
        turns: [{ user: 'billing please', responses: [[{ say: 'Sure, what is the invoice?' }]] }],
      },
    });
    store = createMemoryStore();
    voice = doubleVoiceConfig(double, { greet: true });
    server = await startServer({
      port: 0,
      store,
      graphs: ['support'],
      dashboard: false,
      voice,
      model: 'offline',
    });
    // Twilio signs the public URL; here the server's own address is public.
    voice.publicUrl = server.url;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await double?.close();
    await store?.close();
  });

  it('POST /twilio/voice: signed → TwiML streaming to /twilio/media with a stream token only; unsigned → 403', async () => {
    const params = { CallSid: 'CA123', From: '+15550100' };
    const body = new URLSearchParams(params).toString();
    const signed = await fetch(`${server.url}/twilio/voice`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(voice.twilioAuthToken!, `${server.url}/twilio/voice`, params),
      },
      body,
    });
    expect(signed.status).toBe(200);
    const twiml = await signed.text();
    expect(twiml).toContain(`<Stream url="${server.url.replace('http', 'ws')}/twilio/media">`);
    // The graph, tenant and conversation travel inside the signed token, never as loose parameters.
    expect([...twiml.matchAll(/<Parameter name="([^"]*)"/g)].map((m) => m[1])).toEqual(['token']);
    const unsigned = await fetch(`${server.url}/twilio/voice`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'forged' },
      body,
    });
    expect(unsigned.status).toBe(403);
  });

  it('a call over /twilio/media lands in the served store and shows in the conversation API', async () => {
    const call = await simulateTwilioCall({
      url: `${server.url.replace('http', 'ws')}/twilio/media`,
      authToken: voice.twilioAuthToken,
      parameters: { graph: 'support' },
      speed: 4,
      turns: [{ audio: concat(buzz('audio/pcmu', 700), silence('audio/pcmu', 200)) }],
    });
    expect(call.closedBy).toBe('caller');
    const [record] = await store.listConversations({ graph: 'support' });
    await waitFor(
      async () => (await store.getConversation(record.id))?.status === 'ended',
      'the call to end',
    );
    const response = await fetch(`${server.url}/v1/conversations/${record.id}`);
    expect(response.status).toBe(200);
    const fromApi = JSON.stringify(await response.json());
    const items = (await store.getItems(record.id)).map((s) => s.item as any);
    expect(items.map((i) => i.content?.[0]?.text ?? i.content)).toEqual([
      'Hello, Relay Cloud.',
      'billing please',
      'Sure, what is the invoice?',
    ]);
    expect(fromApi).toContain('Sure, what is the invoice?');
    expect(fromApi).toContain('"ended"');
  });

  it('refuses a media stream without a valid signature before anything runs', async () => {
    const refused = await simulateTwilioCall({
      url: `${server.url.replace('http', 'ws')}/twilio/media`,
      authToken: 'not-the-token',
      turns: [{ audio: silence('audio/pcmu', 100) }],
    }).then(
      () => null,
      (error) => error,
    );
    expect(refused?.status).toBe(403);
  });
});
