import {
  createCustomSpan,
  getCurrentTrace,
  getGlobalTraceProvider,
  type Trace,
  withTrace,
} from '@openai/agents-core';
import { traceStoreFor } from '../store/traceStore.ts';
import type { ConversationStore } from '../store/types.ts';
import type { ModelUsage } from './spanRecords.ts';
import { installedTracing } from './tracingSetup.ts';

export type TurnTraceContext = {
  conversationId: string;
  turn: number;
  graph: string;
  tenant: string | null;
  store: ConversationStore;
  /** Trace name; default `switchboard.turn`. */
  name?: string;
  /** Extra string metadata stored and exported with the trace (e.g. `channel: 'phone'`). */
  metadata?: Record<string, string>;
};

export const TURN_TRACE_NAME = 'switchboard.turn';

/**
 * Runs one turn inside its own SDK trace, so the SDK's agent, generation, function, handoff and
 * guardrail spans (and our custom ones) are created and reach the processors. The trace ends after
 * `fn` returns — after the turn's commit — which is when the trace store writes its spans in one batch.
 */
export function withTurnTrace<T>(context: TurnTraceContext, fn: () => Promise<T>): Promise<T> {
  const trace = openTurnTrace(context);
  return trace ? runInTrace(trace, fn) : fn();
}

async function runInTrace<T>(trace: Trace, fn: () => Promise<T>): Promise<T> {
  try {
    return await withTrace(trace, () => fn());
  } catch (error) {
    // The SDK does not end a trace whose function threw; ending it here keeps the failed turn's spans.
    markTraceFailed(trace, error);
    await trace.end();
    throw error;
  }
}

/**
 * A not-yet-started SDK trace for one turn, bound to the trace store (its spans are written when it
 * ends), or null when tracing is off. Shared by chat turns and voice turns (`voiceTurnTrace.ts`).
 */
export function openTurnTrace(context: TurnTraceContext): Trace | null {
  const tracing = installedTracing();
  if (!tracing || tracing.processors.length === 0) return null;
  const metadata: Record<string, string> = {
    conversationId: context.conversationId,
    turn: String(context.turn),
    graph: context.graph,
    ...(context.metadata ?? {}),
  };
  if (context.tenant) metadata.tenant = context.tenant;
  const trace = getGlobalTraceProvider().createTrace({
    name: context.name ?? TURN_TRACE_NAME,
    groupId: context.conversationId,
    metadata,
  });
  if (trace.traceId === 'no-op') return null; // tracing was switched off globally after install
  if (tracing.store) {
    const { store } = context;
    tracing.store.bind(trace.traceId, {
      conversationId: context.conversationId,
      turn: context.turn,
      graph: context.graph,
      sink: async (record, spans) => (await traceStoreFor(store)).saveTrace(record, spans),
    });
  }
  return trace;
}

/** Records why a turn failed on its trace (stored metadata; the exported root span's status). */
export function markTraceFailed(trace: Trace, error: unknown): void {
  trace.metadata = {
    ...trace.metadata,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}

/** Token usage per model of the running turn's model calls so far (empty when traces are not stored). */
export function turnUsageByModel(): Record<string, ModelUsage> {
  const processor = installedTracing()?.store;
  const trace = getCurrentTrace();
  if (!processor || !trace) return {};
  return processor.usageByModel(trace.traceId);
}

/** Turn events that also become custom spans, so the trace shows why the conversation moved as it did. */
const EVENT_SPANS: ReadonlySet<string> = new Set([
  'routing.decision',
  'policy.tripped',
  'guardrail.tripped',
  'handoff.rejected',
  // A cascaded call's per-turn stage latencies (VAD end → STT → turn → first audio).
  'voice.stages',
]);

export const isEventSpanType = (type: string): boolean => EVENT_SPANS.has(type);

/** Records a turn event as a zero-length custom span under the current span (no-op outside a trace). */
export function recordEventSpan(type: string, data: object): void {
  // With no processor installed no trace is open: skip the trace lookup on every event.
  if (!EVENT_SPANS.has(type) || !installedTracing()?.processors.length || !getCurrentTrace()) return;
  const span = createCustomSpan({ data: { name: type, data: { ...data } } });
  span.start();
  span.end();
}
