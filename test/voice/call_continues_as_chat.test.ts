import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { simulateTwilioCall } from '../../src/voice/callerSimulator.ts';
import { buzz, concat, silence } from '../../testing/audio/callerAudio.ts';
import { type DoubleScript, type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { type ApiVoiceServer, startApiVoiceServer } from '../support/voice/apiVoiceServer.ts';
import { browserCaller } from '../support/voice/browserCaller.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

const DOUBLE_CHARGE: DoubleScript = {
  turns: [
    {
      user: 'I was charged twice on invoice INV-2041',
      responses: [
        [
          {
            call: 'transfer_to_Billing',
            arguments: { reason: 'caller reports a double charge', intent: 'billing.double_charge' },
          },
        ],
        [{ say: 'I can help with that. Let me look at the invoice.' }],
      ],
    },
    { user: 'thank you', responses: [[{ say: 'You are welcome.' }]] },
  ],
};

/**
 * A conversation moves between voice and chat under one id, through the real API: a browser call
 * (/v1/voice/browser) or a phone call (/twilio/media) continues with POST /v1/conversations/:id/messages,
 * and a chat continues as a browser call and then as a chat again.
 */
describe('a call continues as a chat (and a chat as a call) over the API', () => {
  let double: RealtimeDouble;
  let server: ApiVoiceServer;
  let store: ConversationStore;
  let sb: Switchboard;

  const start = async (script: DoubleScript) => {
    double = await startRealtimeDouble({ msPerChar: 5, script });
    store = createMemoryStore();
    sb = await voiceSwitchboard('support', store);
    server = await startApiVoiceServer({ switchboards: [sb], store, config: doubleVoiceConfig(double) });
  };
  const detail = async (id: string) => (await server.request('GET', `/v1/conversations/${id}`)).body;
  const ended = (id: string) =>
    waitFor(async () => (await store.getConversation(id))?.status === 'ended', 'the call to end');

  beforeEach(() => {
    double = undefined as unknown as RealtimeDouble;
  });
  afterEach(async () => {
    await server?.close();
    await double?.close();
    await store?.close();
  });

  it('a browser call over /v1/voice/browser is relayed, persisted, then continued as a chat', async () => {
    await start(DOUBLE_CHARGE);
    const caller = await browserCaller(server.browserUrl, {
      graph: 'support',
      context: { callerName: 'Ada' },
    });
    expect(caller.ready).toMatchObject({ agent: 'Triage', format: 'pcm16', sampleRate: 24000 });
    const id: string = caller.ready.conversationId;
    await caller.say();
    await caller.say({ binary: true });
    expect(await caller.hangUp()).toMatchObject({ type: 'ended', status: 'ended', reason: 'caller_hung_up' });

    // What the browser got: both caller transcripts, the handoff marker, the agents' words and audio.
    const { messages } = caller;
    const said = (role: string) =>
      messages.filter((m) => m.type === 'transcript' && m.role === role && m.final).map((m) => m.text);
    expect(said('user')).toEqual(['I was charged twice on invoice INV-2041', 'thank you']);
    expect(said('assistant')).toEqual([
      'I can help with that. Let me look at the invoice.',
      'You are welcome.',
    ]);
    expect(messages.find((m) => m.type === 'handoff')).toMatchObject({
      from: 'Triage',
      to: 'Billing',
      reason: 'caller reports a double charge',
      kind: 'handoff',
    });
    expect(caller.audioBytes()).toBeGreaterThan(9_600); // over 0.2 s of PCM16 24 kHz

    const call = await detail(id);
    expect(call).toMatchObject({ status: 'ended', activeAgent: 'Billing', turnCount: 2, handoffCount: 1 });
    expect(call.transcript.map((e: any) => `${e.role}:${e.text}`)).toEqual([
      'user:I was charged twice on invoice INV-2041',
      expect.stringMatching(/^tool_call:transfer_to_Billing/),
      expect.stringMatching(/^tool_result:/),
      'assistant:I can help with that. Let me look at the invoice.',
      'user:thank you',
      'assistant:You are welcome.',
    ]);
    expect(call.events.filter((e: any) => e.type === 'voice.ended')).toHaveLength(1);

    // The caller follows up in writing: same conversation, Billing still answering, the call as history.
    const turn = await server.request('POST', `/v1/conversations/${id}/messages`, {
      text: 'what is the status of invoice INV-2041?',
    });
    expect(turn.status, JSON.stringify(turn.body)).toBe(200);
    expect(turn.body).toMatchObject({ conversationId: id, turn: 3, agent: 'Billing', status: 'active' });
    expect(turn.body.handoffs).toEqual([]); // it started at Billing, where the call left it
    const after = await detail(id);
    expect(after).toMatchObject({ status: 'active', activeAgent: 'Billing', turnCount: 3 });
    // The call's context carries over (the chat's invoice lookup adds to it).
    expect(call.context).toEqual({ callerName: 'Ada' });
    expect(after.context).toMatchObject({ callerName: 'Ada', invoiceId: 'INV-2041' });
    expect(after.transcript.slice(0, call.transcript.length)).toEqual(call.transcript);
    expect(after.transcript.at(-1)).toMatchObject({ role: 'assistant', agent: 'Billing', turn: 3 });
  }, 60_000);

  it('a chat continues as a browser call and then as a chat again; explicit ends stay final', async () => {
    await start({
      turns: [
        // The chat's message, seeded into the call as text: the double counts it as a caller turn.
        { user: 'hi, I think I was charged twice on invoice INV-2041', responses: [] },
        { user: 'is it paid now?', responses: [[{ say: 'Yes, it is paid.' }]] },
      ],
    });
    const created = await server.request('POST', '/v1/conversations', { graph: 'support' });
    const id: string = created.body.id;
    const first = await server.request('POST', `/v1/conversations/${id}/messages`, {
      text: 'hi, I think I was charged twice on invoice INV-2041',
    });
    expect(first.body).toMatchObject({ agent: 'Billing' });

    const caller = await browserCaller(server.browserUrl, { conversationId: id });
    expect(caller.ready).toMatchObject({ conversationId: id, agent: 'Billing' });
    await caller.say();
    await caller.hangUp();
    await ended(id);

    const again = await server.request('POST', `/v1/conversations/${id}/messages`, { text: 'great, thanks' });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toMatchObject({ conversationId: id, turn: 3 });
    const transcript = (await detail(id)).transcript.filter((e: any) => e.role === 'user');
    expect(transcript.map((e: any) => [e.turn, e.text])).toEqual([
      [1, 'hi, I think I was charged twice on invoice INV-2041'],
      [2, 'is it paid now?'],
      [3, 'great, thanks'],
    ]);

    // Ended on purpose after the chat went on: closed for good, like any chat ended explicitly.
    expect((await server.request('POST', `/v1/conversations/${id}/end`)).status).toBe(200);
    const refused = await server.request('POST', `/v1/conversations/${id}/messages`, { text: 'hello?' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/has ended/);
    // And a call cannot reopen it either.
    const blocked = await browserCaller(server.browserUrl, { conversationId: id }).catch((e: Error) => e);
    expect(String(blocked)).toMatch(/has ended/);
    // A plain chat that was ended stays ended too.
    const plain = (await server.request('POST', '/v1/conversations', { graph: 'support' })).body.id;
    await server.request('POST', `/v1/conversations/${plain}/end`);
    expect((await server.request('POST', `/v1/conversations/${plain}/messages`, { text: 'hi' })).status).toBe(
      400,
    );
  }, 60_000);

  it('a phone call over /twilio/media continues as a chat with POST /messages', async () => {
    await start(DOUBLE_CHARGE);
    await simulateTwilioCall({
      url: server.mediaUrl,
      authToken: server.config.twilioAuthToken,
      parameters: { graph: 'support' },
      speed: 4,
      turns: [{ audio: concat(buzz('audio/pcmu', 700), silence('audio/pcmu', 300)) }],
    });
    const [record] = await store.listConversations({ graph: 'support' });
    await ended(record.id);
    const turn = await server.request('POST', `/v1/conversations/${record.id}/messages`, {
      text: 'what is the status of invoice INV-2041?',
    });
    expect(turn.status, JSON.stringify(turn.body)).toBe(200);
    expect(turn.body).toMatchObject({ conversationId: record.id, agent: 'Billing', handoffs: [] });
    const history = (await detail(record.id)).transcript;
    expect(history[0]).toMatchObject({ role: 'user', text: 'I was charged twice on invoice INV-2041' });
  }, 60_000);
});
