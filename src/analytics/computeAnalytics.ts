import { HUMAN_AGENT } from '../graph/types.ts';
import type { ConversationStore } from '../store/types.ts';
import { type AnalyticsFilter, loadConversationRows } from './analyticsData.ts';
import { conversationAnalytics } from './conversationMetrics.ts';
import { type PriceTable, priceTableFrom } from './pricing.ts';
import { summarizeTelephony } from './telephonyMetrics.ts';
import { mean, parseSince, percentile } from './timeRange.ts';
import type { AnalyticsSummary, ConversationAnalytics, EdgeCount } from './types.ts';

export type AnalyticsQuery = {
  graph?: string;
  /** `7d`, `24h`, an ISO date, or a Date: conversations created at or after it. Absent: all time. */
  since?: string | Date;
  /** Conversations created before it; default now. */
  until?: string | Date;
  /** A tenant; `null` for conversations without one; absent for every tenant. */
  tenant?: string | null;
  /** Price table; default the built-in one with `SWITCHBOARD_PRICES` applied. */
  prices?: PriceTable;
  now?: Date;
};

/** Sentiment buckets: scores within ±0.2 of zero are neutral. */
const NEUTRAL_BAND = 0.2;

/**
 * Aggregates over the conversations of a graph (and tenant) created in a time range: volume,
 * handoffs and their edges, loop-cap and ping-pong trips, escalations to Human, turn latency,
 * tokens and cost, sentiment and lead scores. The result is plain JSON (see `AnalyticsSummary`).
 */
export async function computeAnalytics(
  store: ConversationStore,
  query: AnalyticsQuery = {},
): Promise<AnalyticsSummary> {
  const now = query.now ?? new Date();
  const since = query.since === undefined ? undefined : parseSince(query.since, now);
  const until = query.until === undefined ? now : parseSince(query.until, now);
  const filter: AnalyticsFilter = { graph: query.graph, tenant: query.tenant, since, until };
  const prices = query.prices ?? priceTableFrom();
  const conversations = (await loadConversationRows(store, filter)).map((rows) =>
    conversationAnalytics(rows, prices),
  );
  return summarize(conversations, {
    graph: query.graph ?? null,
    tenant: query.tenant === undefined ? '*' : query.tenant,
    since: since?.toISOString() ?? null,
    until: until.toISOString(),
  });
}

/** The analytics of one conversation (trail, visits, tools, tokens, cost, latency, analysis), or null. */
export async function conversationAnalyticsFor(
  store: ConversationStore,
  conversationId: string,
  prices: PriceTable = priceTableFrom(),
): Promise<ConversationAnalytics | null> {
  const [rows] = await loadConversationRows(store, { conversationId });
  return rows ? conversationAnalytics(rows, prices) : null;
}

export function summarize(
  conversations: ConversationAnalytics[],
  scope: Pick<AnalyticsSummary, 'graph' | 'tenant' | 'since' | 'until'>,
): AnalyticsSummary {
  const edges = new Map<string, EdgeCount>();
  const latencies: number[] = [];
  const tokens = { requests: 0, inputTokens: 0, outputTokens: 0 };
  const unpriced = new Set<string>();
  const sentiments: number[] = [];
  const leads: number[] = [];
  const distribution = { negative: 0, neutral: 0, positive: 0 };
  let handoffs = 0;
  let turns = 0;
  let loopCap = 0;
  let pingPong = 0;
  let toHuman = 0;
  let escalated = 0;
  let cost = 0;
  for (const c of conversations) {
    turns += c.turns;
    handoffs += c.handoffCount;
    loopCap += c.policy.loopCapTrips;
    pingPong += c.policy.pingPongTrips;
    for (const step of c.handoffTrail) {
      const key = `${step.from}\u0000${step.to}`;
      const edge = edges.get(key) ?? { from: step.from, to: step.to, count: 0 };
      edge.count += 1;
      edges.set(key, edge);
      if (step.to === HUMAN_AGENT) toHuman += 1;
    }
    if (c.escalatedToHuman) escalated += 1;
    for (const t of c.turnLatency.perTurn) latencies.push(t.ms);
    tokens.requests += c.tokens.requests;
    tokens.inputTokens += c.tokens.inputTokens;
    tokens.outputTokens += c.tokens.outputTokens;
    cost += c.cost.usd;
    for (const model of c.cost.unpricedModels) unpriced.add(model);
    if (c.analysis) {
      const s = c.analysis.sentiment.score;
      sentiments.push(s);
      leads.push(c.analysis.lead.score);
      if (s < -NEUTRAL_BAND) distribution.negative += 1;
      else if (s > NEUTRAL_BAND) distribution.positive += 1;
      else distribution.neutral += 1;
    }
  }
  latencies.sort((a, b) => a - b);
  const n = conversations.length;
  return {
    ...scope,
    conversations: n,
    turns,
    handoffs: {
      total: handoffs,
      meanPerConversation: n === 0 ? null : handoffs / n,
      edges: [...edges.values()].sort(
        (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
      ),
    },
    policy: { loopCapTrips: loopCap, pingPongTrips: pingPong },
    escalations: { toHuman, conversations: escalated },
    turnLatency: {
      samples: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      meanMs: mean(latencies),
    },
    tokens,
    cost: {
      totalUsd: cost,
      perConversationUsd: n === 0 ? null : cost / n,
      unpricedModels: [...unpriced].sort(),
    },
    sentiment: { analyzed: sentiments.length, mean: mean(sentiments), distribution },
    lead: { analyzed: leads.length, meanScore: mean(leads) },
    telephony: summarizeTelephony(conversations),
  };
}
