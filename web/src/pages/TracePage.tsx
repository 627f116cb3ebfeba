import { useMemo, useState } from 'react';
import type { SpanJson, TraceList } from '../api/traceTypes.ts';
import { useApi } from '../api/useApi.ts';
import { Panel } from '../components/Panel.tsx';
import { EmptyState, ErrorBanner, Loading, PageHeader } from '../components/States.tsx';
import { dateTime, duration, pretty, shortId } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { readableSpanData, spanKind, spanSummary, waterfallRows } from '../lib/waterfall.ts';

/** One turn's trace as a waterfall: routing, agents, model calls, tools and handoffs on one time axis. */
export function TracePage({ conversationId, turn }: { conversationId: string; turn: number }) {
  const traces = useApi<TraceList>(`/v1/conversations/${encodeURIComponent(conversationId)}/traces`);
  const [selected, setSelected] = useState<string | null>(null);
  const all = traces.data?.data ?? [];
  const trace = all.find((t) => t.turn === turn) ?? null;
  const waterfall = useMemo(() => (trace ? waterfallRows(trace) : null), [trace]);
  const turns = all.map((t) => t.turn).sort((a, b) => a - b);
  const previous = turns.filter((t) => t < turn).at(-1);
  const next = turns.find((t) => t > turn);
  const span = trace?.spans.find((s) => s.spanId === selected) ?? null;
  const base = `/conversations/${encodeURIComponent(conversationId)}`;

  return (
    <div className="page page-wide">
      <PageHeader
        title={
          <>
            <Link to={base} className="crumb">
              Conversation <span className="mono">{shortId(conversationId)}</span>
            </Link>
            <span className="crumb-sep">/</span>
            Trace of turn {turn}
          </>
        }
        subtitle={
          trace && waterfall ? (
            <span className="header-meta">
              <span data-testid="trace-total">{duration(waterfall.totalMs)}</span>
              <span>{trace.spans.length} spans</span>
              <span>{dateTime(trace.startedAt)}</span>
              <span className="mono muted">{trace.traceId}</span>
            </span>
          ) : undefined
        }
        actions={
          <>
            <Link
              to={previous !== undefined ? `${base}/traces/${previous}` : '#'}
              className="btn btn-secondary btn-small"
              aria-disabled={previous === undefined}
              onClick={(e) => previous === undefined && e.preventDefault()}
            >
              {previous !== undefined ? `← Turn ${previous}` : '← Previous'}
            </Link>
            <Link
              to={next !== undefined ? `${base}/traces/${next}` : '#'}
              className="btn btn-secondary btn-small"
              aria-disabled={next === undefined}
              onClick={(e) => next === undefined && e.preventDefault()}
            >
              {next !== undefined ? `Turn ${next} →` : 'Next →'}
            </Link>
          </>
        }
      />
      {traces.error && (
        <ErrorBanner
          error={
            traces.error.status === 404 && traces.error.message.startsWith('no route')
              ? new Error('This server does not expose traces (GET /v1/conversations/:id/traces).')
              : traces.error
          }
          onRetry={traces.reload}
        />
      )}
      {traces.loading && <Loading />}
      {traces.data && !trace && (
        <EmptyState title={`No trace stored for turn ${turn}`} icon="trace">
          Traces are stored when tracing is on (SWITCHBOARD_TRACING is not 0).{' '}
          {turns.length > 0 && <>Traced turns: {turns.join(', ')}.</>}
        </EmptyState>
      )}
      {trace && waterfall && (
        <div className="split">
          <div className="card waterfall" data-testid="waterfall">
            <div className="wf-row wf-head">
              <span>Span</span>
              <span className="wf-axis">
                <span>0</span>
                <span>{duration(waterfall.totalMs / 2)}</span>
                <span>{duration(waterfall.totalMs)}</span>
              </span>
              <span className="wf-duration">Duration</span>
            </div>
            {waterfall.rows.map((row) => {
              const kind = spanKind(row.span.kind, row.span.name);
              const summary = spanSummary(row.span);
              return (
                <button
                  type="button"
                  key={row.span.spanId}
                  className={`wf-row${row.span.spanId === selected ? ' wf-row-selected' : ''}${row.span.error ? ' wf-error' : ''}`}
                  onClick={() => setSelected(row.span.spanId)}
                  data-testid="span-row"
                  data-kind={row.span.kind}
                  data-duration-ms={row.durationMs ?? ''}
                >
                  <span className="wf-name" style={{ paddingLeft: row.depth * 14 }}>
                    <span className="wf-kind" style={{ background: kind.color }}>
                      {kind.label}
                    </span>
                    <span
                      className="wf-label"
                      title={summary ? `${row.span.name} ${summary}` : row.span.name}
                    >
                      {row.span.name}
                      {summary && <span className="wf-summary"> {summary}</span>}
                    </span>
                  </span>
                  <span className="wf-track">
                    <span
                      className="wf-bar"
                      style={{
                        left: `${row.offset * 100}%`,
                        width: `${Math.max(row.width * 100, 0.3)}%`,
                        background: kind.color,
                      }}
                    />
                  </span>
                  <span className="wf-duration" data-testid="span-duration">
                    {row.durationMs === null ? '—' : duration(row.durationMs)}
                  </span>
                </button>
              );
            })}
          </div>
          <aside className="side">
            <Panel title="Span">
              {span ? (
                <SpanDetail span={span} />
              ) : (
                <EmptyState title="Click a span to see its data" icon="trace" />
              )}
            </Panel>
          </aside>
        </div>
      )}
    </div>
  );
}

function SpanDetail({ span }: { span: SpanJson }) {
  const kind = spanKind(span.kind, span.name);
  const length =
    span.startedAt && span.endedAt
      ? new Date(span.endedAt).getTime() - new Date(span.startedAt).getTime()
      : null;
  return (
    <div className="span-detail">
      <dl className="kv">
        <div className="kv-row">
          <dt>kind</dt>
          <dd>
            {kind.label} <span className="muted">({span.kind})</span>
          </dd>
        </div>
        <div className="kv-row">
          <dt>name</dt>
          <dd>{span.name}</dd>
        </div>
        <div className="kv-row">
          <dt>duration</dt>
          <dd>{length === null ? 'not ended' : duration(length)}</dd>
        </div>
        {span.error && (
          <div className="kv-row">
            <dt>error</dt>
            <dd className="text-danger">{span.error.message}</dd>
          </div>
        )}
      </dl>
      <div className="tool-section-title" style={{ marginTop: 10 }}>
        Data
      </div>
      <pre>{pretty(readableSpanData(span.data))}</pre>
    </div>
  );
}
