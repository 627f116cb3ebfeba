/*
 * What the dashboard reads from GET /v1/conversations/:id/traces: the conversation's stored traces
 * (TraceRecord and SpanRecord of src/store/traceStore.ts) as JSON — dates as ISO strings — each with
 * its spans. Written out here rather than imported: the store module pulls in server-only code.
 */
export type SpanJson = {
  traceId: string;
  spanId: string;
  parentId: string | null;
  /** `agent`, `generation`, `response`, `function`, `handoff`, `guardrail`, `custom`, `task`, `turn`… */
  kind: string;
  name: string;
  startedAt: string | null;
  endedAt: string | null;
  error: { message: string; data?: Record<string, unknown> } | null;
  data: Record<string, unknown>;
};

export type TraceJson = {
  traceId: string;
  conversationId: string;
  turn: number;
  graph: string;
  name: string;
  startedAt: string;
  endedAt: string;
  metadata: Record<string, string>;
  spans: SpanJson[];
};

export type TraceList = { data: TraceJson[] };
