import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisStoreFor } from '../../src/store/analysisStore.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { type ApiVoiceServer, startApiVoiceServer } from '../support/voice/apiVoiceServer.ts';
import { browserCaller } from '../support/voice/browserCaller.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';

/**
 * A finished call is analysed like an ended chat (Switchboard.endConversation): sentiment and lead
 * score are stored with the conversation when the call ends, without anyone asking.
 */
describe('when a call ends, its post-conversation analysis is stored', () => {
  let double: RealtimeDouble;
  let server: ApiVoiceServer;
  let store: ConversationStore;

  beforeAll(async () => {
    double = await startRealtimeDouble({
      msPerChar: 5,
      script: {
        turns: [
          {
            user: 'we want to book a demo for our team of fifty, this looks great',
            responses: [[{ say: 'Wonderful, I can book that demo for you.' }]],
          },
        ],
      },
    });
    store = createMemoryStore();
    const sb = await voiceSwitchboard('support', store);
    server = await startApiVoiceServer({ switchboards: [sb], store, config: doubleVoiceConfig(double) });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await double?.close();
    await store?.close();
  });

  it('scores the call (sentiment, lead) and serves it with the conversation analytics', async () => {
    const caller = await browserCaller(server.browserUrl, { graph: 'support' });
    const id: string = caller.ready.conversationId;
    await caller.say();
    expect(await (await analysisStoreFor(store)).get(id)).toBeNull(); // not while the call goes on
    await caller.hangUp();
    await server.sessions[0].finished;
    const analysis = await (await analysisStoreFor(store)).get(id);
    expect(analysis).toMatchObject({ conversationId: id, method: 'lexical' });
    expect(analysis!.sentiment).toBeGreaterThan(0);
    expect(analysis!.leadScore).toBeGreaterThan(0);
    const { body } = await server.request('GET', `/v1/conversations/${id}/analytics`);
    expect(body.analysis).toMatchObject({
      sentiment: { score: analysis!.sentiment },
      lead: { score: analysis!.leadScore },
    });
  });
});
