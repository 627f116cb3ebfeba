import { RANGES, type RangeKey, useAnalytics } from '../api/useAnalytics.ts';
import { CostChart, EdgeChart, LatencyChart, SentimentChart } from '../components/AnalyticsCharts.tsx';
import { GraphFilter } from '../components/GraphFilter.tsx';
import { Panel } from '../components/Panel.tsx';
import { ErrorBanner, Loading, PageHeader } from '../components/States.tsx';
import { duration, plural, usd } from '../lib/format.ts';
import { navigate, useLocation } from '../lib/router.tsx';

function Kpi({ label, value, hint, id }: { label: string; value: string; hint?: string; id: string }) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-testid={`kpi-${id}`}>
        {value}
      </div>
      {hint && <div className="stat-hint">{hint}</div>}
    </div>
  );
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

const orDash = (value: number | null, format: (v: number) => string) =>
  value === null ? '—' : format(value);

/** GET /v1/analytics as a page: headline numbers, then handoffs per edge, latency, cost and sentiment. */
export function AnalyticsPage() {
  const { search } = useLocation();
  const range = (search.get('range') as RangeKey) in RANGES ? (search.get('range') as RangeKey) : '24h';
  const graph = search.get('graph') ?? '';
  const analytics = useAnalytics(range, graph);
  const { summary, buckets } = analytics;

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`/analytics?${next.toString()}`, { replace: true });
  };

  return (
    <div className="page page-wide">
      <PageHeader
        title="Analytics"
        subtitle="Conversations created in the range; latency and cost per time bucket."
        actions={
          <>
            <GraphFilter value={graph} onChange={(g) => set('graph', g)} />
            <select
              className="select"
              aria-label="Range"
              value={range}
              onChange={(e) => set('range', e.target.value)}
            >
              {Object.entries(RANGES).map(([key, r]) => (
                <option key={key} value={key}>
                  {r.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={analytics.reload}
              disabled={analytics.loading}
            >
              Refresh
            </button>
          </>
        }
      />
      {analytics.error && (
        <ErrorBanner
          error={
            analytics.error.status === 404 && analytics.error.message.startsWith('no route')
              ? new Error('This server does not expose analytics (GET /v1/analytics).')
              : analytics.error
          }
          onRetry={analytics.reload}
        />
      )}
      {analytics.loading && !summary && <Loading />}
      {summary && (
        <>
          <div className="stats stats-kpi">
            <Kpi
              id="conversations"
              label="Conversations"
              value={String(summary.conversations)}
              hint={plural(summary.turns, 'turn')}
            />
            <Kpi
              id="handoffs"
              label="Handoffs"
              value={String(summary.handoffs.total)}
              hint={`${orDash(summary.handoffs.meanPerConversation, (v) => v.toFixed(2))} per conversation`}
            />
            <Kpi
              id="escalations"
              label="Escalated to a person"
              value={String(summary.escalations.conversations)}
              hint={`${plural(summary.escalations.toHuman, 'handoff')} to Human`}
            />
            <Kpi
              id="p50"
              label="Turn latency p50"
              value={orDash(summary.turnLatency.p50Ms, duration)}
              hint={plural(summary.turnLatency.samples, 'turn')}
            />
            <Kpi id="p95" label="Turn latency p95" value={orDash(summary.turnLatency.p95Ms, duration)} />
            <Kpi
              id="cost"
              label="Cost per conversation"
              value={orDash(summary.cost.perConversationUsd, usd)}
              hint={`${usd(summary.cost.totalUsd)} in total${summary.cost.unpricedModels.length > 0 ? ` · unpriced: ${summary.cost.unpricedModels.join(', ')}` : ''}`}
            />
            <Kpi
              id="sentiment"
              label="Mean sentiment"
              value={orDash(summary.sentiment.mean, (v) => v.toFixed(2))}
              hint={`${summary.sentiment.analyzed} analysed`}
            />
            <Kpi
              id="loops"
              label="Loop guards tripped"
              value={String(summary.policy.loopCapTrips + summary.policy.pingPongTrips)}
              hint={`${summary.policy.loopCapTrips} cap · ${summary.policy.pingPongTrips} ping-pong`}
            />
            {(summary.telephony.phoneConversations > 0 || summary.telephony.transfers > 0) && (
              <>
                <Kpi
                  id="transfers"
                  label="Phone transfers"
                  value={String(summary.telephony.transfers)}
                  hint={`${orDash(summary.telephony.transferRate, percent)} of ${plural(summary.telephony.phoneConversations, 'phone conversation')}`}
                />
                <Kpi
                  id="answer-rate"
                  label="Transfers answered"
                  value={orDash(summary.telephony.answerRate, percent)}
                  hint={Object.entries(summary.telephony.byOutcome)
                    .map(([outcome, n]) => `${n} ${outcome}`)
                    .join(' · ')}
                />
                <Kpi
                  id="time-to-answer"
                  label="Time to answer p50"
                  value={orDash(summary.telephony.timeToAnswer.p50Ms, duration)}
                  hint={`${plural(summary.telephony.callbacksRequested, 'callback')} requested`}
                />
              </>
            )}
          </div>
          <div className="charts">
            <Panel title="Handoffs per edge">
              <div className="chart-body" data-testid="chart-edges">
                <EdgeChart summary={summary} />
              </div>
            </Panel>
            <Panel title="Turn latency percentiles">
              <div className="chart-body" data-testid="chart-latency">
                <LatencyChart buckets={buckets} />
              </div>
            </Panel>
            <Panel title="Cost per conversation">
              <div className="chart-body" data-testid="chart-cost">
                <CostChart buckets={buckets} />
              </div>
            </Panel>
            <Panel title="Sentiment">
              <div className="chart-body" data-testid="chart-sentiment">
                <SentimentChart summary={summary} />
              </div>
            </Panel>
          </div>
        </>
      )}
    </div>
  );
}
