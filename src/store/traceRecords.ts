/** One traced turn: the SDK trace around the turn's run and commit. */
export type TraceRecord = {
  traceId: string;
  conversationId: string;
  turn: number;
  graph: string;
  name: string;
  startedAt: Date;
  endedAt: Date;
  /** The trace metadata (string values, as the SDK's exporters require). */
  metadata: Record<string, string>;
};

export type SpanError = { message: string; data?: Record<string, unknown> };

/** One span of a trace, as stored: the SDK span type as `kind`, its (possibly redacted) data as JSON. */
export type SpanRecord = {
  traceId: string;
  spanId: string;
  parentId: string | null;
  /** `agent`, `generation`, `response`, `function`, `handoff`, `guardrail`, `custom`, `task`, `turn`… */
  kind: string;
  name: string;
  startedAt: Date | null;
  endedAt: Date | null;
  error: SpanError | null;
  data: Record<string, unknown>;
};
