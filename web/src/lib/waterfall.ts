import type { SpanJson, TraceJson } from '../api/traceTypes.ts';

export type WaterfallRow = {
  span: SpanJson;
  depth: number;
  /** Start and length as fractions of the trace's span of time, for the bar. */
  offset: number;
  width: number;
  durationMs: number | null;
};

const ms = (iso: string | null): number | null => (iso ? new Date(iso).getTime() : null);

/**
 * The trace as waterfall rows: spans in tree order (children under their parent, siblings by start
 * time), each placed on the trace's time axis. The axis runs from the earliest start to the latest end
 * of the trace and its spans, so nothing is drawn outside it.
 */
export function waterfallRows(trace: TraceJson): { rows: WaterfallRow[]; startMs: number; totalMs: number } {
  const starts = [ms(trace.startedAt), ...trace.spans.map((s) => ms(s.startedAt))].filter((v) => v !== null);
  const ends = [ms(trace.endedAt), ...trace.spans.map((s) => ms(s.endedAt))].filter((v) => v !== null);
  const startMs = Math.min(...starts);
  const totalMs = Math.max(1e-3, Math.max(...ends) - startMs);

  const ids = new Set(trace.spans.map((s) => s.spanId));
  const children = new Map<string | null, SpanJson[]>();
  for (const span of trace.spans) {
    const parent = span.parentId && ids.has(span.parentId) ? span.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const byStart = (a: SpanJson, b: SpanJson) => (ms(a.startedAt) ?? 0) - (ms(b.startedAt) ?? 0);

  const rows: WaterfallRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const span of [...(children.get(parent) ?? [])].sort(byStart)) {
      const start = ms(span.startedAt);
      const end = ms(span.endedAt);
      const durationMs = start !== null && end !== null ? end - start : null;
      rows.push({
        span,
        depth,
        offset: start === null ? 0 : (start - startMs) / totalMs,
        width: durationMs === null ? 0 : durationMs / totalMs,
        durationMs,
      });
      visit(span.spanId, depth + 1);
    }
  };
  visit(null, 0);
  return { rows, startMs, totalMs };
}

/** Span kinds as people say them, and their colours on the waterfall. */
export const SPAN_KIND: Record<string, { label: string; color: string }> = {
  turn: { label: 'turn', color: '#334155' },
  agent: { label: 'agent', color: '#4f46e5' },
  generation: { label: 'model', color: '#7c3aed' },
  response: { label: 'model', color: '#7c3aed' },
  function: { label: 'tool', color: '#0f766e' },
  handoff: { label: 'handoff', color: '#d97706' },
  guardrail: { label: 'guardrail', color: '#dc2626' },
  custom: { label: 'step', color: '#0891b2' },
  task: { label: 'task', color: '#475569' },
};

/** Our own custom spans (src/tracing/turnTrace.ts) by name: what they record, not just "custom". */
const CUSTOM_SPAN: Record<string, { label: string; color: string }> = {
  'routing.decision': { label: 'routing', color: '#0891b2' },
  'policy.tripped': { label: 'policy', color: '#b45309' },
  'guardrail.tripped': { label: 'guardrail', color: '#dc2626' },
  'handoff.rejected': { label: 'refused', color: '#dc2626' },
};

export const spanKind = (kind: string, name = '') =>
  (kind === 'custom' ? CUSTOM_SPAN[name] : undefined) ?? SPAN_KIND[kind] ?? { label: kind, color: '#64748b' };

/** A few words next to the span's name: where routing went and how sure, which model, what failed. */
export function spanSummary(span: SpanJson): string {
  const data = span.data as Record<string, any>;
  const inner = (data.data ?? {}) as Record<string, any>;
  if (span.kind === 'custom' && span.name === 'routing.decision') {
    const confidence = typeof inner.confidence === 'number' ? ` ${Math.round(inner.confidence * 100)}%` : '';
    return `→ ${inner.target ?? 'stay'} · ${inner.path ?? '?'}${confidence}`;
  }
  if (span.kind === 'custom' && typeof inner.message === 'string') return inner.message;
  if ((span.kind === 'generation' || span.kind === 'response') && typeof data.model === 'string')
    return data.model;
  return '';
}

/** Span data for reading: tool input and output arrive as JSON text, shown as the objects they are. */
export function readableSpanData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // not JSON after all: keep the text
      }
    }
    out[key] = value;
  }
  return out;
}
