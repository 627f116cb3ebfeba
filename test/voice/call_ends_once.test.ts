import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { simulateTwilioCall } from '../../src/voice/callerSimulator.ts';
import { buzz, concat, silence } from '../../testing/audio/callerAudio.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { type ApiVoiceServer, startApiVoiceServer } from '../support/voice/apiVoiceServer.ts';
import { browserCaller } from '../support/voice/browserCaller.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

/**
 * A call ends once, whoever ends it first. Hanging up closes the Realtime session, whose `disconnected`
 * fires synchronously inside that close: the call must already count as ending by then, or it ends a
 * second time as `realtime_disconnected` and records `voice.ended` twice.
 */
describe('a call records voice.ended exactly once', () => {
  let double: RealtimeDouble;
  let server: ApiVoiceServer;
  let store: ConversationStore;

  const start = async () => {
    double = await startRealtimeDouble({
      msPerChar: 5,
      script: { turns: [{ user: 'hello', responses: [[{ say: 'Hi there.' }]] }] },
    });
    store = createMemoryStore();
    const sb = await voiceSwitchboard('support', store);
    server = await startApiVoiceServer({ switchboards: [sb], store, config: doubleVoiceConfig(double) });
  };
  const endings = async () => {
    const session = await waitFor(() => server.sessions[0], 'the call');
    await session.finished;
    const events = await store.listEvents(session.conversationId);
    return events.filter((e) => e.type === 'voice.ended').map((e) => e.data.reason);
  };

  afterEach(async () => {
    await server?.close();
    await double?.close();
    await store?.close();
  });

  it('a Twilio caller hangs up', async () => {
    await start();
    await simulateTwilioCall({
      url: server.mediaUrl,
      authToken: server.config.twilioAuthToken,
      parameters: { graph: 'support' },
      speed: 4,
      turns: [{ audio: concat(buzz('audio/pcmu', 700), silence('audio/pcmu', 300)) }],
    });
    expect(await endings()).toEqual(['caller_hung_up']);
  });

  it('a browser caller stops the call', async () => {
    await start();
    const caller = await browserCaller(server.browserUrl, { graph: 'support' });
    await caller.say();
    expect(await caller.hangUp()).toMatchObject({ status: 'ended', reason: 'caller_hung_up' });
    expect(await endings()).toEqual(['caller_hung_up']);
  });

  it('the Realtime connection drops under a browser call', async () => {
    await start();
    const caller = await browserCaller(server.browserUrl, { graph: 'support' });
    await caller.say();
    await double.close();
    const ended = await waitFor(() => caller.messages.find((m) => m.type === 'ended'), 'ended');
    expect(ended).toMatchObject({ reason: 'realtime_disconnected' });
    expect(await endings()).toEqual(['realtime_disconnected']);
  });
});
