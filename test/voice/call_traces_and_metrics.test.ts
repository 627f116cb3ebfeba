import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { flushTracing, reinstallTracing } from '../../src/tracing/tracingSetup.ts';
import { VOICE_TURN_TRACE_NAME } from '../../src/tracing/voiceTurnTrace.ts';
import { simulateTwilioCall } from '../../src/voice/callerSimulator.ts';
import { buzz, concat, silence } from '../../testing/audio/callerAudio.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { type OtlpReceiver, startOtlpReceiver } from '../support/tracing/otlpReceiver.ts';
import { type ApiVoiceServer, startApiVoiceServer } from '../support/voice/apiVoiceServer.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { voiceTestGraph } from '../support/voice/voiceTestGraph.ts';

const utterance = () => concat(buzz('audio/pcmu', 700), silence('audio/pcmu', 300));

/**
 * A phone call stores a trace per turn, as a chat turn does — the SDK makes none for realtime sessions,
 * so Switchboard does — readable at GET /v1/conversations/:id/traces and exported over OTLP; and each
 * turn commits its `turn.metrics`, so analytics has the call's latency per turn.
 */
describe('a call stores and exports a trace per turn, with its latency', () => {
  let receiver: OtlpReceiver;
  let double: RealtimeDouble;
  let server: ApiVoiceServer;
  let store: ConversationStore;
  let id: string;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    reinstallTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    double = await startRealtimeDouble({
      msPerChar: 5,
      script: {
        greeting: [{ say: 'Hello, how can I help?' }],
        turns: [
          {
            user: 'what is my balance, account ACC-1',
            responses: [
              [
                {
                  call: 'transfer_to_Billing',
                  arguments: { reason: 'caller asks for a balance', intent: 'billing.balance' },
                },
              ],
              [{ call: 'lookup_account', arguments: { accountId: 'ACC-1' } }],
              [{ say: 'Your balance is twelve dollars.' }],
            ],
          },
          { user: 'thanks', responses: [[{ say: 'You are welcome.' }]] },
        ],
      },
    });
    store = createMemoryStore();
    const sb = await voiceSwitchboard(voiceTestGraph().graph, store);
    server = await startApiVoiceServer({
      switchboards: [sb],
      store,
      config: doubleVoiceConfig(double, { greet: true }),
    });
    await simulateTwilioCall({
      url: server.mediaUrl,
      authToken: server.config.twilioAuthToken,
      parameters: { graph: 'voicetest' },
      speed: 4,
      turns: [{ audio: utterance() }, { audio: utterance() }],
    });
    await server.sessions[0].finished;
    id = server.sessions[0].conversationId;
    await flushTracing();
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await double?.close();
    await store?.close();
    reinstallTracing(process.env);
    await receiver?.close();
  });

  it('GET /v1/conversations/:id/traces has one trace per turn, linked to the conversation and turn', async () => {
    const { status, body } = await server.request('GET', `/v1/conversations/${id}/traces`);
    expect(status).toBe(200);
    const traces = body.data as any[];
    expect(traces.map((t) => [t.turn, t.name])).toEqual([
      [1, VOICE_TURN_TRACE_NAME],
      [2, VOICE_TURN_TRACE_NAME],
      [3, VOICE_TURN_TRACE_NAME],
    ]);
    for (const trace of traces) {
      expect(trace).toMatchObject({ conversationId: id, graph: 'voicetest' });
      expect(trace.metadata).toMatchObject({
        conversationId: id,
        turn: String(trace.turn),
        channel: 'phone',
      });
      // Every turn has its agent and at least one model call (the Realtime response) under it.
      const agent = trace.spans.find((s: any) => s.kind === 'agent');
      expect(agent, JSON.stringify(trace.spans)).toBeDefined();
      expect(trace.spans.some((s: any) => s.kind === 'generation' && s.parentId === agent.spanId)).toBe(true);
    }
    expect(traces[0].spans.filter((s: any) => s.kind === 'agent').map((s: any) => s.name)).toEqual([
      'Triage',
    ]);
    expect(traces[2].spans.filter((s: any) => s.kind === 'agent').map((s: any) => s.name)).toEqual([
      'Billing',
    ]);
  });

  it('the transfer turn has the routing decision, a handoff span naming both agents, and the tool', async () => {
    const { body } = await server.request('GET', `/v1/conversations/${id}/traces`);
    const spans = (body.data as any[]).find((t) => t.turn === 2).spans as any[];
    const one = (kind: string, name: string) => {
      const found = spans.filter((s) => s.kind === kind && s.name === name);
      expect(found, spans.map((s) => `${s.kind}:${s.name}`).join(', ')).toHaveLength(1);
      return found[0];
    };
    const triage = one('agent', 'Triage');
    const billing = one('agent', 'Billing');
    expect(one('handoff', 'Triage->Billing')).toMatchObject({
      parentId: triage.spanId,
      data: { from_agent: 'Triage', to_agent: 'Billing' },
    });
    expect(one('custom', 'routing.decision')).toMatchObject({
      parentId: triage.spanId,
      data: { data: { agent: 'Triage', target: 'Billing', path: 'llm' } },
    });
    const tool = one('function', 'lookup_account');
    expect(tool.parentId).toBe(billing.spanId);
    expect(tool.data).toMatchObject({ input: '{"accountId":"ACC-1"}' });
    expect(tool.data.output).toContain('Growth');
    expect(spans.filter((s) => s.kind === 'generation').length).toBeGreaterThanOrEqual(3);
  });

  it('exports the same turns over OTLP, the handoff with both agents', async () => {
    const { body } = await server.request('GET', `/v1/conversations/${id}/traces`);
    const transfer = (body.data as any[]).find((t) => t.turn === 2);
    const exported = receiver.spans.filter((s) => s.traceId === transfer.traceId.replace('trace_', ''));
    expect(exported.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'invoke_agent Triage',
        'invoke_agent Billing',
        'execute_tool lookup_account',
        'handoff Triage -> Billing',
        'routing.decision',
      ]),
    );
    expect(exported.find((s) => s.name === 'handoff Triage -> Billing')?.attributes).toMatchObject({
      'switchboard.handoff.from_agent': 'Triage',
      'switchboard.handoff.to_agent': 'Billing',
    });
  });

  it('commits one turn.metrics per turn, so analytics has the call latency', async () => {
    const metrics = (await store.listEvents(id)).filter((e) => e.type === 'turn.metrics');
    expect(metrics.map((m) => m.turn)).toEqual([1, 2, 3]);
    for (const m of metrics) {
      expect(m.data).toMatchObject({ usage: { requests: expect.any(Number) }, models: expect.any(Object) });
      expect(m.data.durationMs).toBeGreaterThan(0);
    }
    expect(metrics.map((m) => m.data.agent)).toEqual(['Triage', 'Billing', 'Billing']);
    expect((metrics[1].data.usage as { requests: number }).requests).toBeGreaterThanOrEqual(3);
    const { body } = await server.request('GET', `/v1/conversations/${id}/analytics`);
    expect(body.turnLatency.perTurn.map((t: { turn: number }) => t.turn)).toEqual([1, 2, 3]);
  });
});
