import type { Span, Trace, TracingProcessor } from '@openai/agents-core';
import type { SpanRecord, TraceRecord } from '../store/traceStore.ts';
import { logWarning } from './log.ts';
import { type ContentPolicy, type ModelUsage, modelCallUsage, toSpanRecord } from './spanRecords.ts';

/** Where a finished turn's trace goes (the conversation's trace store), and what it is about. */
export type TraceBinding = {
  conversationId: string;
  turn: number;
  graph: string;
  sink: (trace: TraceRecord, spans: SpanRecord[]) => Promise<void>;
};

type OpenTrace = { binding: TraceBinding; startedAt: Date; spans: Span<any>[] };

/**
 * The SDK tracing processor that stores Switchboard turns. Only traces bound by `withTurnTrace` are
 * kept (plain `run()` calls elsewhere in the process are ignored). Ended spans are only collected
 * while the turn runs; on trace end — right after the turn's commit — they are converted and written
 * in one batch. A failure to store is logged and never fails the turn.
 */
export class SwitchboardTraceProcessor implements TracingProcessor {
  private readonly open = new Map<string, OpenTrace>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly policy: ContentPolicy) {}

  /** Registers a trace before it starts, so its spans are collected and stored with this binding. */
  bind(traceId: string, binding: TraceBinding): void {
    this.open.set(traceId, { binding, startedAt: new Date(), spans: [] });
  }

  /** Token usage per model of the spans ended so far in a bound trace (the turn's model calls). */
  usageByModel(traceId: string): Record<string, ModelUsage> {
    const usage: Record<string, ModelUsage> = {};
    for (const span of this.open.get(traceId)?.spans ?? []) {
      const call = modelCallUsage(span.spanData);
      if (!call) continue;
      const sum = usage[call.model] ?? { requests: 0, inputTokens: 0, outputTokens: 0 };
      usage[call.model] = sum;
      sum.requests += call.usage.requests;
      sum.inputTokens += call.usage.inputTokens;
      sum.outputTokens += call.usage.outputTokens;
    }
    return usage;
  }

  async onTraceStart(trace: Trace): Promise<void> {
    const open = this.open.get(trace.traceId);
    if (open) open.startedAt = new Date();
  }

  async onSpanStart(_span: Span<any>): Promise<void> {}

  async onSpanEnd(span: Span<any>): Promise<void> {
    this.open.get(span.traceId)?.spans.push(span);
  }

  async onTraceEnd(trace: Trace): Promise<void> {
    const open = this.open.get(trace.traceId);
    if (!open) return;
    this.open.delete(trace.traceId);
    const write = this.store(trace, open);
    this.pending.add(write);
    try {
      await write;
    } finally {
      this.pending.delete(write);
    }
  }

  private async store(trace: Trace, open: OpenTrace): Promise<void> {
    try {
      const { binding } = open;
      const record: TraceRecord = {
        traceId: trace.traceId,
        conversationId: binding.conversationId,
        turn: binding.turn,
        graph: binding.graph,
        name: trace.name,
        startedAt: open.startedAt,
        endedAt: new Date(),
        metadata: this.policy.redact({ ...(trace.metadata as Record<string, string>) }),
      };
      await binding.sink(
        record,
        open.spans.map((s) => toSpanRecord(s, this.policy)),
      );
    } catch (error) {
      logWarning(`could not store trace ${trace.traceId}: ${(error as Error).message}`);
    }
  }

  async forceFlush(): Promise<void> {
    await Promise.all(this.pending);
  }

  async shutdown(): Promise<void> {
    await this.forceFlush();
  }
}
