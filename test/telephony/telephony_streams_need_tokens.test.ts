import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startVoiceServer, type VoiceServer } from '../../src/app/voiceServer.ts';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { DoubleCaller, TwilioMediaStream } from '../../testing/twilio/twilioMediaCaller.ts';
import { startTwilioRestDouble, type TwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import { findAll, readTwiml } from '../../testing/twilio/twimlReader.ts';
import {
  DESK_NUMBER,
  startTransferCall,
  type TransferCall,
  twilioDouble,
} from '../support/telephony/transferCall.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

/**
 * Every stream the telephony layer puts a call on goes through the signed voice webhook, which issues
 * the stream token: the TwiML it sends Twilio never opens a stream itself, and a stream carrying the
 * parameters telephony used to send (graph, conversation, CallSid, From) without a token is refused.
 */
describe('a transfer that returns the caller: the stream is the webhook’s, with a token', () => {
  let twilio: TwilioRestDouble;
  let call: TransferCall;
  beforeAll(async () => {
    twilio = await twilioDouble({ [DESK_NUMBER]: 'no-answer' });
    for (const [name, value] of Object.entries(twilio.env())) vi.stubEnv(name, value);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await twilio.close();
  });
  afterEach(async () => call?.close());

  it('returns through <Redirect> to /twilio/voice, and a token-less stream for the call is refused', async () => {
    call = await startTransferCall({ twilio, phone: { target: DESK_NUMBER } });
    (await call.caller.stream()).speak();
    await waitFor(() => call.caller.streams.length === 2, 'the caller back on the stream');
    // The server records the return stream's start after Twilio's side has it open: on a loaded machine
    // the event lands a moment later (CI, 2026-11-24: read too early, 1 of 2).
    await waitFor(
      async () => (await call.events('voice.started')).length >= 2,
      'the return stream recorded as started',
    );

    // What telephony itself told Twilio (REST updates and the <Dial action> answer) opens no stream.
    const fromTelephony = [
      ...twilio.requests
        .filter((r) => r.path.endsWith(`/Calls/${call.caller.callSid}.json`) && r.params.Twiml)
        .map((r) => String(r.params.Twiml)),
      ...twilio.callbacks.filter((c) => c.url.includes('/twilio/transfers/')).map((c) => c.body),
    ].filter((body) => body.includes('<Response'));
    expect(fromTelephony.length).toBeGreaterThan(0);
    for (const twiml of fromTelephony) expect(findAll(readTwiml(twiml), 'Stream')).toEqual([]);
    const back = twilio.streams.filter((s) => s.callSid === call.caller.callSid)[1];
    expect(Object.keys(back.parameters)).toEqual(['token']);

    // The plain parameters telephony used to send: closed before anything is attached.
    const forged = await TwilioMediaStream.open({
      mediaUrl: call.server.mediaUrl,
      authToken: twilio.authToken,
      callSid: call.caller.callSid,
      parameters: {
        graph: 'desk',
        conversation: call.conversationId,
        callSid: call.caller.callSid,
        from: '+15551230001',
      },
    });
    expect(await forged.closedWith).toEqual({ code: 1008, reason: 'stream token missing' });
    // The return stream's own token opened its stream once; it opens no other.
    const replay = await TwilioMediaStream.open({
      mediaUrl: call.server.mediaUrl,
      authToken: twilio.authToken,
      callSid: call.caller.callSid,
      parameters: back.parameters,
    });
    expect(await replay.closedWith).toEqual({ code: 1008, reason: 'stream token already used' });
    const started = await call.events('voice.started');
    expect(started).toHaveLength(2);
  });
});

describe('an outbound call: its number’s tenant, and the webhook’s token', () => {
  const ACME_NUMBER = '+15550004444';
  const PERSON = '+15557770009';
  let twilio: TwilioRestDouble;
  let realtime: RealtimeDouble;
  let server: VoiceServer;
  let sb: Switchboard;

  beforeAll(async () => {
    twilio = await startTwilioRestDouble({ ringMs: 20 });
    for (const [name, value] of Object.entries(twilio.env())) vi.stubEnv(name, value);
    realtime = await startRealtimeDouble({ msPerChar: 2, script: { turns: [] } });
    sb = await voiceSwitchboard(
      defineGraph({
        name: 'reminders',
        entry: 'Reminder',
        agents: [{ name: 'Reminder', instructions: 'Remind the customer of their appointment.' }],
      }),
    );
    server = await startVoiceServer({
      switchboards: [sb],
      config: doubleVoiceConfig(realtime, { twilioNumbers: { [ACME_NUMBER]: 'acme' } }),
      // The test's stand-in for API keys: the tenant is the one the request names.
      authenticate: async (request) => ({ tenant: String(request.headers['x-test-tenant'] ?? '') || null }),
    });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await twilio.close();
    await server.close();
    await realtime.close();
  });

  const placeCall = (tenant: string, from: string) =>
    fetch(`${server.url}/v1/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-tenant': tenant },
      body: JSON.stringify({ graph: 'reminders', to: PERSON, from }),
    });

  it('the conversation is the tenant of our number, and the answered call streams into it', async () => {
    const person = new DoubleCaller(twilio, server.mediaUrl, undefined, undefined, PERSON);
    const response = await placeCall('acme', ACME_NUMBER);
    expect(response.status).toBe(201);
    const { callSid, conversationId } = (await response.json()) as {
      callSid: string;
      conversationId: string;
    };
    expect((await sb.store.getConversation(conversationId))?.tenant).toBe('acme');
    await waitFor(() => person.streams.length === 1, 'the answered call’s stream');
    await waitFor(() => realtime.sessions.length === 1, 'the Realtime session');
    const created = twilio.requests.find((r) => r.path.endsWith('/Calls.json') && r.params.To === PERSON)!;
    expect(findAll(readTwiml(String(created.params.Twiml)), 'Stream')).toEqual([]);

    // The stream the old TwiML opened (graph and conversation, no token) is refused.
    const forged = await TwilioMediaStream.open({
      mediaUrl: server.mediaUrl,
      authToken: twilio.authToken,
      callSid,
      parameters: { graph: 'reminders', conversation: conversationId },
    });
    expect(await forged.closedWith).toEqual({ code: 1008, reason: 'stream token missing' });
    person.hangup();
    // The call is written to the conversation once it ends.
    const started = await waitFor(
      async () => (await sb.store.listEvents(conversationId)).find((e) => e.type === 'voice.started'),
      'the call on the conversation',
    );
    expect(started.data).toMatchObject({ channel: 'phone', callSid });
  });

  it('a key may not call from another tenant’s number (403), and nothing is created', async () => {
    const before = (await sb.store.listConversations({ graph: 'reminders' })).length;
    const refused = await placeCall('globex', ACME_NUMBER);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /from: \+15550004444 is not one of this tenant's numbers/,
    );
    const unmapped = await placeCall('acme', '+15550005555');
    expect(unmapped.status).toBe(403);
    expect((await sb.store.listConversations({ graph: 'reminders' })).length).toBe(before);
  });
});
