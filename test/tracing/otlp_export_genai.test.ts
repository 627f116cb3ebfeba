import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import { flushTracing, reinstallTracing } from '../../src/tracing/tracingSetup.ts';
import { enqueueHandoffAndToolTurn, fakeLlmSwitchboard } from '../support/tracing/fakeLlmSwitchboard.ts';
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from '../support/tracing/otlpReceiver.ts';

let receiver: OtlpReceiver;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  reinstallTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'switchboard-test' });
});

afterAll(async () => {
  reinstallTracing({});
  await receiver.close();
});

/** Walks parent ids up to the root, as a trace viewer would. */
function ancestors(span: ReceivedSpan, all: ReceivedSpan[]): ReceivedSpan[] {
  const chain: ReceivedSpan[] = [];
  let current = span;
  while (current.parentSpanId) {
    const parent = all.find((s) => s.spanId === current.parentSpanId);
    if (!parent) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

describe('OpenTelemetry export over OTLP/HTTP', () => {
  it('sends a turn as GenAI spans to a real receiver: workflow, agents, chat, tool and a named handoff', async () => {
    const { fake, sb, store } = await fakeLlmSwitchboard();
    try {
      const conv = await sb.createConversation();
      enqueueHandoffAndToolTurn(fake);
      await sb.send(conv.id, 'question about my invoice');
      await flushTracing();

      const spans = receiver.spans.filter((s) => s.attributes['gen_ai.conversation.id'] === conv.id);
      const byName = (name: string) => spans.filter((s) => s.name === name);

      const [root] = byName('invoke_workflow example');
      expect(root, `span names: ${spans.map((s) => s.name).join(', ')}`).toBeDefined();
      expect(root.parentSpanId).toBeNull();
      expect(root.attributes).toMatchObject({
        'gen_ai.operation.name': 'invoke_workflow',
        'gen_ai.workflow.name': 'example',
        'switchboard.turn': 1,
      });
      expect(root.resource['service.name']).toBe('switchboard-test');
      expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([root.traceId]));

      const [triage] = byName('invoke_agent Triage');
      const [billing] = byName('invoke_agent Billing');
      expect(triage.attributes).toMatchObject({
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.agent.name': 'Triage',
      });
      expect(billing.attributes['gen_ai.agent.name']).toBe('Billing');

      const chats = byName('chat gpt-4.1-mini');
      expect(chats).toHaveLength(3);
      for (const chat of chats) {
        expect(chat.kind).toBe(3); // CLIENT
        expect(chat.attributes).toMatchObject({
          'gen_ai.operation.name': 'chat',
          'gen_ai.provider.name': 'openai',
          'gen_ai.request.model': 'gpt-4.1-mini',
        });
        expect(chat.attributes['gen_ai.usage.input_tokens']).toBeGreaterThan(0);
        expect(chat.attributes['gen_ai.usage.output_tokens']).toBeGreaterThan(0);
      }

      const [tool] = byName('execute_tool lookup_account');
      expect(tool.attributes).toMatchObject({
        'gen_ai.operation.name': 'execute_tool',
        'gen_ai.tool.name': 'lookup_account',
        'gen_ai.tool.type': 'function',
      });
      // Tool arguments are opt-in content under the conventions: not sent unless asked for.
      expect(tool.attributes['gen_ai.tool.call.arguments']).toBeUndefined();
      expect(ancestors(tool, spans)).toContain(billing);

      const [handoff] = byName('handoff Triage -> Billing');
      expect(handoff.attributes).toMatchObject({
        'gen_ai.operation.name': 'handoff',
        'gen_ai.agent.name': 'Triage',
        'switchboard.handoff.from_agent': 'Triage',
        'switchboard.handoff.to_agent': 'Billing',
      });
      expect(ancestors(handoff, spans)).toContain(triage);

      const [routing] = byName('routing.decision');
      expect(routing.attributes).toMatchObject({
        'gen_ai.agent.name': 'Triage',
        'switchboard.routing.path': 'llm',
        'switchboard.routing.target': 'Billing',
      });

      // The exported trace is the stored one: same trace id, and every stored span was exported by id.
      const [stored] = await (await traceStoreFor(store)).listTraces(conv.id);
      expect(root.traceId).toBe(stored.traceId.replace('trace_', ''));
      const storedSpans = await (await traceStoreFor(store)).listSpans(stored.traceId);
      const exportedIds = new Set(spans.map((s) => s.spanId));
      for (const s of storedSpans) expect(exportedIds).toContain(s.spanId.replace('span_', '').slice(0, 16));
    } finally {
      await fake.close();
    }
  });
});
