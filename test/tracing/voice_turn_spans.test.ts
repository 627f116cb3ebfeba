import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import { flushTracing, reinstallTracing } from '../../src/tracing/tracingSetup.ts';
import { startVoiceTurnTrace } from '../../src/tracing/voiceTurnTrace.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';
import { type OtlpReceiver, startOtlpReceiver } from '../support/tracing/otlpReceiver.ts';

let receiver: OtlpReceiver;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  reinstallTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
});
afterAll(async () => {
  reinstallTracing({});
  await receiver.close();
});

describe('voice turns emit the spans chat turns have', () => {
  it('stores and exports agent, model call, routing, handoff and tool spans of a realtime turn', async () => {
    const { sb, store, conv } = await scriptedSwitchboard({});
    const trace = await startVoiceTurnTrace({
      conversationId: conv.id,
      turn: 1,
      graph: sb.graph.name,
      tenant: null,
      store,
      agent: 'Triage',
      channel: 'phone',
    });
    const first = trace.startModelCall({ model: 'gpt-realtime' });
    trace.event('routing.decision', { agent: 'Triage', path: 'local', target: 'Billing', confidence: 0.91 });
    trace.event('text.delta', { agent: 'Triage', delta: 'ignored: not a span-worthy event' });
    first.end({ inputTokens: 500, outputTokens: 20 });
    trace.handoff('Triage', 'Billing');
    const answer = trace.startModelCall({ model: 'gpt-realtime' });
    const tool = trace.startTool({ name: 'lookup_account', input: '{"name":"Ada"}' });
    tool.end({ output: '{"accountId":"ACC-1001"}' });
    answer.end({ inputTokens: 700, outputTokens: 45 });
    expect(trace.usageByModel()).toEqual({
      'gpt-realtime': { requests: 2, inputTokens: 1200, outputTokens: 65 },
    });
    await trace.end();
    await trace.end(); // idempotent: stored once
    await flushTracing();

    const traces = await traceStoreFor(store);
    const [stored, ...more] = await traces.listTraces(conv.id);
    expect(more).toEqual([]);
    expect(stored).toMatchObject({ turn: 1, graph: 'example', name: 'switchboard.voice_turn' });
    expect(stored.metadata).toMatchObject({ conversationId: conv.id, turn: '1', channel: 'phone' });
    const spans = await traces.listSpans(stored.traceId);
    const find = (kind: string, name: string) => {
      const found = spans.filter((s) => s.kind === kind && s.name === name);
      expect(found, spans.map((s) => `${s.kind}:${s.name}`).join(', ')).toHaveLength(1);
      return found[0];
    };
    const triage = find('agent', 'Triage');
    const billing = find('agent', 'Billing');
    expect(find('handoff', 'Triage->Billing').parentId).toBe(triage.spanId);
    expect(find('custom', 'routing.decision')).toMatchObject({
      parentId: triage.spanId,
      data: { data: { path: 'local', confidence: 0.91 } },
    });
    expect(find('function', 'lookup_account')).toMatchObject({
      parentId: billing.spanId,
      data: { input: '{"name":"Ada"}', output: '{"accountId":"ACC-1001"}' },
    });
    // Spans started in the same millisecond have no defined order: compare as a set.
    const calls = spans.filter((s) => s.kind === 'generation');
    expect(calls.map((c) => [c.parentId, c.data.usage])).toHaveLength(2);
    expect(calls.map((c) => [c.parentId, c.data.usage])).toEqual(
      expect.arrayContaining([
        [triage.spanId, { input_tokens: 500, output_tokens: 20 }],
        [billing.spanId, { input_tokens: 700, output_tokens: 45 }],
      ]),
    );
    expect(spans.some((s) => s.kind === 'custom' && s.name === 'text.delta')).toBe(false);

    // What the OTLP receiver decoded: the same turn, GenAI-named, with the handoff naming both agents.
    const exported = receiver.spans.filter((s) => s.traceId === stored.traceId.replace('trace_', ''));
    const names = exported.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'invoke_workflow example',
        'invoke_agent Triage',
        'invoke_agent Billing',
        'chat gpt-realtime',
        'execute_tool lookup_account',
        'handoff Triage -> Billing',
        'routing.decision',
      ]),
    );
    const handoff = exported.find((s) => s.name === 'handoff Triage -> Billing')!;
    expect(handoff.attributes).toMatchObject({
      'switchboard.handoff.from_agent': 'Triage',
      'switchboard.handoff.to_agent': 'Billing',
    });
  });

  it('is a no-op when tracing is off', async () => {
    reinstallTracing({ SWITCHBOARD_TRACING: '0' });
    try {
      const { store, conv } = await scriptedSwitchboard({});
      const trace = await startVoiceTurnTrace({
        conversationId: conv.id,
        turn: 1,
        graph: 'example',
        tenant: null,
        store,
        agent: 'Triage',
      });
      expect(trace.traceId).toBeNull();
      trace.startModelCall({ model: 'gpt-realtime' }).end({ inputTokens: 1 });
      await trace.end();
      expect(await (await traceStoreFor(store)).listTraces(conv.id)).toEqual([]);
    } finally {
      reinstallTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    }
  });
});
