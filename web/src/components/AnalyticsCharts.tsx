import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AnalyticsSummary } from '../api/analyticsTypes.ts';
import type { Bucket } from '../api/useAnalytics.ts';
import { bucketRangeLabel } from '../lib/bucketLabel.ts';
import { duration, usd } from '../lib/format.ts';
import { EmptyState } from './States.tsx';

const AXIS = { fontSize: 12, fill: '#64748b' };
const GRID = '#e2e8f0';

function spanOf(buckets: Bucket[]): number {
  if (buckets.length === 0) return 0;
  return new Date(buckets.at(-1)?.end ?? 0).getTime() - new Date(buckets[0].start).getTime();
}

export function EdgeChart({ summary }: { summary: AnalyticsSummary }) {
  const data = summary.handoffs.edges
    .slice(0, 10)
    .map((e) => ({ edge: `${e.from} → ${e.to}`, count: e.count }));
  if (data.length === 0) return <EmptyState title="No handoffs in this range" icon="swap" />;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 4, bottom: 4 }}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis type="number" allowDecimals={false} tick={AXIS} />
        <YAxis type="category" dataKey="edge" width={170} tick={AXIS} />
        <Tooltip />
        <Bar dataKey="count" name="handoffs" fill="#4f46e5" radius={[0, 4, 4, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * p50 and p95 side by side per time bucket, from the first bucket with turns to the last: bars, not
 * lines, so a range with one busy bucket still reads as a measurement and not as a stray dot.
 */
export function LatencyChart({ buckets }: { buckets: Bucket[] }) {
  const span = spanOf(buckets);
  const first = buckets.findIndex((b) => b.summary.turnLatency.p50Ms !== null);
  if (first === -1) return <EmptyState title="No turns in this range" icon="chart" />;
  const last = buckets.findLastIndex((b) => b.summary.turnLatency.p50Ms !== null);
  const data = buckets.slice(first, last + 1).map((b) => ({
    at: bucketRangeLabel(b.start, b.end, span),
    p50: b.summary.turnLatency.p50Ms,
    p95: b.summary.turnLatency.p95Ms,
    turns: b.summary.turnLatency.samples,
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 4 }} barGap={2}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="at" tick={AXIS} />
        <YAxis tick={AXIS} tickFormatter={(v: number) => duration(v)} width={70} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? duration(v) : String(v))} />
        <Legend />
        <Bar dataKey="p50" fill="#4f46e5" radius={[4, 4, 0, 0]} maxBarSize={36} isAnimationActive={false} />
        <Bar dataKey="p95" fill="#db2777" radius={[4, 4, 0, 0]} maxBarSize={36} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function CostChart({ buckets }: { buckets: Bucket[] }) {
  const span = spanOf(buckets);
  const data = buckets.map((b) => ({
    at: bucketRangeLabel(b.start, b.end, span),
    cost: b.summary.cost.perConversationUsd,
    conversations: b.summary.conversations,
  }));
  if (!data.some((d) => d.conversations > 0))
    return <EmptyState title="No conversations in this range" icon="chart" />;
  if (!data.some((d) => (d.cost ?? 0) > 0))
    return (
      <EmptyState title="No model spend in this range" icon="chart">
        These turns made no priced model calls: the offline model costs nothing, and models missing from the
        price table are listed on the cost card above.
      </EmptyState>
    );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 4 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="at" tick={AXIS} />
        <YAxis tick={AXIS} tickFormatter={(v: number) => usd(v)} width={70} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? usd(v) : String(v))} />
        <Bar
          dataKey="cost"
          name="cost per conversation"
          fill="#0f766e"
          radius={[4, 4, 0, 0]}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

const SENTIMENT = [
  { key: 'negative', label: 'Negative', color: '#dc2626' },
  { key: 'neutral', label: 'Neutral', color: '#94a3b8' },
  { key: 'positive', label: 'Positive', color: '#16a34a' },
] as const;

export function SentimentChart({ summary }: { summary: AnalyticsSummary }) {
  const { distribution, analyzed } = summary.sentiment;
  if (analyzed === 0)
    return (
      <EmptyState title="No analysed conversations" icon="chart">
        Conversations are scored when they end, or on demand: switchboard analytics --conversation ID
        --analyze.
      </EmptyState>
    );
  const data = SENTIMENT.map((s) => ({ name: s.label, count: distribution[s.key], color: s.color }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 4 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="name" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} width={40} />
        <Tooltip />
        <Bar dataKey="count" name="conversations" radius={[4, 4, 0, 0]} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.color} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
