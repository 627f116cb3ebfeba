import {
  createAgentSpan,
  createCustomSpan,
  createFunctionSpan,
  createGenerationSpan,
  createHandoffSpan,
  type Span,
  type Trace,
} from '@openai/agents-core';
import type { ModelUsage } from './spanRecords.ts';
import { installedTracing } from './tracingSetup.ts';
import { isEventSpanType, markTraceFailed, openTurnTrace, type TurnTraceContext } from './turnTrace.ts';

/** The trace name of a voice turn (chat turns are `switchboard.turn`). */
export const VOICE_TURN_TRACE_NAME = 'switchboard.voice_turn';

/** An open span of a voice turn (a model response or a tool call); `end` closes it, at most once. */
export type OpenVoiceSpan<R> = { end(result?: R): void };

export type ModelCallResult = { inputTokens?: number; outputTokens?: number; error?: string };
export type ToolCallResult = { output?: string; error?: string };

/**
 * The spans of one voice turn. The SDK creates no spans for realtime sessions, so the voice layer
 * reports what happened and this object creates the same SDK spans a chat turn has — agent, model
 * call (as `generation`), function, handoff and our custom `routing.decision` / `policy.tripped`
 * spans — under one trace linked to the conversation and turn. They go through the installed
 * processors like chat spans: stored (with redaction), exported over OTLP when configured.
 *
 * Spans are parented explicitly (realtime callbacks run outside any async trace context): model
 * calls, tools and events go under the current agent's span; a handoff is a child of the agent that
 * hands off, and the target's agent span starts right after it.
 */
export type VoiceTurnTrace = {
  /** The SDK trace id (`trace_…`), or null when tracing is off (every method is then a no-op). */
  readonly traceId: string | null;
  /** The agent now speaking: ends the previous agent span (if another agent) and starts this one's. */
  agent(name: string, details?: { handoffs?: string[]; tools?: string[] }): void;
  /** A realtime response started for the current agent; `end` with its token usage (`response.done`). */
  startModelCall(call: { model: string }): OpenVoiceSpan<ModelCallResult>;
  /** A function call started; `end` with its output (or error). */
  startTool(call: { name: string; input: string }): OpenVoiceSpan<ToolCallResult>;
  /** A transfer that took effect: a handoff span naming both agents, then `to` becomes the current agent. */
  handoff(from: string, to: string): void;
  /**
   * A turn event worth a span (`routing.decision`, `policy.tripped`, `guardrail.tripped`,
   * `handoff.rejected`): a zero-length custom span with the event's data. Other types are ignored.
   */
  event(type: string, data: Record<string, unknown>): void;
  /** Token usage per model of the model calls ended so far: put it in the turn's `turn.metrics` event. */
  usageByModel(): Record<string, ModelUsage>;
  /** Ends open spans and the trace (storing it); `error` marks the turn as failed. Idempotent. */
  end(options?: { error?: unknown }): Promise<void>;
};

const noop = <R>(): OpenVoiceSpan<R> => ({ end() {} });

const DISABLED: VoiceTurnTrace = {
  traceId: null,
  agent() {},
  startModelCall: noop,
  startTool: noop,
  handoff() {},
  event() {},
  usageByModel: () => ({}),
  async end() {},
};

/**
 * Starts the trace of one voice turn (call it when the caller's utterance opens a turn, with the
 * turn number the recorder commits it under) and makes `agent` its current agent span.
 *
 * ```ts
 * const trace = await startVoiceTurnTrace({ conversationId, turn, graph: graph.name, tenant, store, agent: 'Triage' });
 * const response = trace.startModelCall({ model: 'gpt-realtime' });
 * trace.event('routing.decision', { agent: 'Triage', path: 'llm', target: 'Billing', confidence: null });
 * trace.handoff('Triage', 'Billing');
 * const tool = trace.startTool({ name: 'lookup_invoice', input: '{"invoiceId":"INV-1"}' });
 * tool.end({ output: '{"amount":46.88}' });
 * response.end({ inputTokens: 812, outputTokens: 64 });
 * recorder.turn.emit('turn.metrics', { agent, durationMs, usage, models: trace.usageByModel() });
 * await trace.end(); // after the turn's commit: the spans are written then
 * ```
 */
export async function startVoiceTurnTrace(
  context: Omit<TurnTraceContext, 'name'> & { agent: string; channel?: 'phone' | 'browser' },
): Promise<VoiceTurnTrace> {
  const { agent: firstAgent, channel, ...rest } = context;
  const trace = openTurnTrace({
    ...rest,
    name: VOICE_TURN_TRACE_NAME,
    metadata: { ...(rest.metadata ?? {}), ...(channel ? { channel } : {}) },
  });
  if (!trace) return DISABLED;
  await trace.start();
  return new VoiceTrace(trace, firstAgent);
}

class VoiceTrace implements VoiceTurnTrace {
  private agentSpan: Span<any> | null = null;
  private agentName: string | null = null;
  private readonly open = new Set<Span<any>>();
  private ended = false;

  constructor(
    private readonly trace: Trace,
    firstAgent: string,
  ) {
    this.agent(firstAgent);
  }

  get traceId(): string {
    return this.trace.traceId;
  }

  private get parent(): Span<any> | Trace {
    return this.agentSpan ?? this.trace;
  }

  private started<S extends Span<any>>(span: S): S {
    span.start();
    this.open.add(span);
    return span;
  }

  private close(span: Span<any>): void {
    if (!this.open.delete(span)) return;
    span.end();
  }

  agent(name: string, details: { handoffs?: string[]; tools?: string[] } = {}): void {
    if (this.ended || name === this.agentName) return;
    if (this.agentSpan) this.close(this.agentSpan);
    this.agentName = name;
    this.agentSpan = this.started(
      createAgentSpan({ data: { name, handoffs: details.handoffs, tools: details.tools } }, this.trace),
    );
  }

  startModelCall(call: { model: string }): OpenVoiceSpan<ModelCallResult> {
    if (this.ended) return noop();
    const span = this.started(createGenerationSpan({ data: { model: call.model } }, this.parent));
    return {
      end: (result = {}) => {
        span.spanData.usage = {
          input_tokens: result.inputTokens ?? 0,
          output_tokens: result.outputTokens ?? 0,
        };
        if (result.error) span.setError({ message: result.error });
        this.close(span);
      },
    };
  }

  startTool(call: { name: string; input: string }): OpenVoiceSpan<ToolCallResult> {
    if (this.ended) return noop();
    const span = this.started(
      createFunctionSpan({ data: { name: call.name, input: call.input, output: '' } }, this.parent),
    );
    return {
      end: (result = {}) => {
        if (result.output !== undefined) span.spanData.output = result.output;
        if (result.error) span.setError({ message: result.error });
        this.close(span);
      },
    };
  }

  handoff(from: string, to: string): void {
    if (this.ended) return;
    this.close(this.started(createHandoffSpan({ data: { from_agent: from, to_agent: to } }, this.parent)));
    this.agent(to);
  }

  event(type: string, data: Record<string, unknown>): void {
    if (this.ended || !isEventSpanType(type)) return;
    this.close(this.started(createCustomSpan({ data: { name: type, data: { ...data } } }, this.parent)));
  }

  usageByModel(): Record<string, ModelUsage> {
    return installedTracing()?.store?.usageByModel(this.trace.traceId) ?? {};
  }

  async end(options: { error?: unknown } = {}): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    // Children before the agent span, so every span ends no later than its parent.
    for (const span of [...this.open].reverse()) this.close(span);
    if (options.error !== undefined) markTraceFailed(this.trace, options.error);
    await this.trace.end();
  }
}
