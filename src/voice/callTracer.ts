import type { TurnEvent, TurnEventMap } from '../runtime/turnState.ts';
import type { ConversationStore } from '../store/types.ts';
import { logWarning } from '../tracing/log.ts';
import type { ModelUsage } from '../tracing/spanRecords.ts';
import {
  type ModelCallResult,
  type OpenVoiceSpan,
  startVoiceTurnTrace,
  type ToolCallResult,
  type VoiceTurnTrace,
} from '../tracing/voiceTurnTrace.ts';
import type { MediaRealtimeTransport } from './mediaTransport.ts';

export type CallTracerOptions = {
  store: ConversationStore;
  conversationId: string;
  graph: string;
  tenant: string | null;
  channel: 'phone' | 'browser';
  /** The session's Realtime model: every response of the call is a call to it. */
  model: string;
  transport: MediaRealtimeTransport;
};

/** What the recorder needs from the call's tracing: it owns the turn boundaries, the tracer their contents. */
export type TurnObserver = {
  /** A turn number was taken (the first when the call starts, each next one when the caller speaks again). */
  opened(turn: number, agent: string): void;
  /** The caller spoke (or typed digits): the turn's latency counts from here. */
  utterance(): void;
  /**
   * The turn is over (answered, superseded by the caller, or the call ended): its `turn.metrics`, to be
   * committed with it, and `end`, which stores its trace once that commit is written.
   */
  finish(agent: string): { metrics: TurnEventMap['turn.metrics']; end: () => Promise<void> };
};

type Listener = (event: any) => void;

const zero = (): ModelUsage => ({ requests: 0, inputTokens: 0, outputTokens: 0 });

/**
 * The traces and latency metrics of a call, one trace per turn as chat has. The SDK creates no spans for
 * realtime sessions, so this follows the call and reports to `voiceTurnTrace.ts`: every Realtime
 * response is a model call (token usage from `response.done`), turn events become the same custom
 * spans as in chat, handoffs become handoff spans naming both agents, and the dispatcher's tools become
 * function spans. Usage is also counted here, so `turn.metrics` has it even with tracing off.
 *
 * A trace starts asynchronously (OTLP export needs its root before any span), so every operation is
 * queued behind the start of the trace it belongs to; spans that end after their turn is over are
 * dropped with it (the trace was closed with everything still open).
 */
export class CallTracer implements TurnObserver {
  private trace: Promise<VoiceTurnTrace | null> | null = null;
  private usage = new Map<string, ModelUsage>();
  private startedAt = performance.now();
  private readonly responses = new Map<string, OpenVoiceSpan<ModelCallResult>>();

  constructor(private readonly options: CallTracerOptions) {
    const on = (type: string, fn: Listener) =>
      (options.transport as unknown as { on(type: string, fn: Listener): void }).on(type, fn);
    on('response.created', (e) => {
      this.responses.set(
        e.response.id,
        this.span((t) => t.startModelCall({ model: options.model })),
      );
    });
    on('response.done', (e) => this.responseDone(e.response ?? {}));
  }

  opened(turn: number, agent: string): void {
    if (this.trace) void this.detach()(); // never left open: a turn that was not finished ends here
    this.usage = new Map();
    this.startedAt = performance.now();
    const { store, conversationId, graph, tenant, channel } = this.options;
    this.trace = startVoiceTurnTrace({ conversationId, turn, graph, tenant, store, agent, channel }).catch(
      (error) => {
        logWarning(`could not trace turn ${turn} of call ${conversationId}: ${(error as Error).message}`);
        return null;
      },
    );
  }

  utterance(): void {
    this.startedAt = performance.now();
  }

  finish(agent: string): { metrics: TurnEventMap['turn.metrics']; end: () => Promise<void> } {
    const usage = zero();
    for (const sum of this.usage.values()) {
      usage.requests += sum.requests;
      usage.inputTokens += sum.inputTokens;
      usage.outputTokens += sum.outputTokens;
    }
    const metrics = {
      agent,
      durationMs: performance.now() - this.startedAt,
      usage,
      models: Object.fromEntries(this.usage),
    };
    this.usage = new Map();
    return { metrics, end: this.detach() };
  }

  /** A live event of the call: handoffs and routing/policy/guardrail events go into the turn's trace. */
  observe(event: TurnEvent | { type: string; data: Record<string, unknown> }): void {
    if (event.type === 'handoff') {
      const { from, to, kind } = event.data as TurnEventMap['handoff'];
      // A refused transfer moved nobody: chat has no handoff span for it either (its event span says why).
      if (kind !== 'rejected') this.each((t) => t.handoff(from, to));
      return;
    }
    this.each((t) => t.event(event.type, event.data as Record<string, unknown>));
  }

  /** A tool the dispatcher runs: a function span under the current agent. */
  startTool(call: { name: string; input: string }): OpenVoiceSpan<ToolCallResult> {
    return this.span((t) => t.startTool(call));
  }

  private responseDone(response: {
    id?: string;
    status?: string;
    usage?: { input_tokens?: number; output_tokens?: number };
    status_details?: { error?: { message?: string } };
  }): void {
    const { model } = this.options;
    const inputTokens = response.usage?.input_tokens ?? 0;
    const outputTokens = response.usage?.output_tokens ?? 0;
    const sum = this.usage.get(model) ?? zero();
    this.usage.set(model, sum);
    sum.requests += 1;
    sum.inputTokens += inputTokens;
    sum.outputTokens += outputTokens;
    const error =
      response.status === 'failed'
        ? (response.status_details?.error?.message ?? 'response failed')
        : undefined;
    const span = response.id ? this.responses.get(response.id) : undefined;
    if (response.id) this.responses.delete(response.id);
    span?.end({ inputTokens, outputTokens, error });
  }

  /** Takes the current trace out of use now; the returned function ends (stores) it. */
  private detach(): () => Promise<void> {
    const trace = this.trace;
    this.trace = null;
    return async () => {
      const open = await trace;
      await open?.end().catch((error: unknown) => logWarning(`could not end a call trace: ${String(error)}`));
    };
  }

  private each(fn: (trace: VoiceTurnTrace) => void): void {
    void this.trace?.then((t) => t && fn(t));
  }

  private span<R>(start: (trace: VoiceTurnTrace) => OpenVoiceSpan<R>): OpenVoiceSpan<R> {
    const opened = this.trace?.then((t) => (t ? start(t) : null));
    return { end: (result) => void opened?.then((span) => span?.end(result)) };
  }
}
