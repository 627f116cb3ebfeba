/*
 * The JSON results of analytics: plain data (ISO strings, numbers, arrays), so the CLI prints them and
 * `GET /v1/analytics` returns them as they are.
 */

export type TokenTotals = { requests: number; inputTokens: number; outputTokens: number };

/** Percentiles use the nearest-rank method over the turns' recorded latencies; null without samples. */
export type LatencyStats = {
  samples: number;
  p50Ms: number | null;
  p95Ms: number | null;
  meanMs: number | null;
};

export type HandoffStep = {
  turn: number;
  from: string;
  to: string;
  /** `handoff` by the model, `fallback` forced by the policy (escalations). Rejected attempts are not steps. */
  kind: 'handoff' | 'fallback';
  reason: string;
};

export type Scored = { score: number; reasons: string[] };

/** Sentiment in [-1, 1] and lead score in [0, 100], each with the reasons that produced it. */
export type ConversationAnalysis = {
  conversationId: string;
  sentiment: Scored;
  lead: Scored;
  method: 'llm' | 'lexical';
  /** The model spec that scored it; null for the lexical scorer. */
  model: string | null;
  analyzedAt: string;
};

export type CostBreakdown = {
  /** Sum over models with a known price (0 for the offline model); a lower bound if `unpricedModels` is not empty. */
  usd: number;
  byModel: Record<string, TokenTotals & { usd: number | null }>;
  /** Models with no price in the table, and `unknown` for tokens no model span accounted for. */
  unpricedModels: string[];
};

export type ConversationAnalytics = {
  conversationId: string;
  graph: string;
  tenant: string | null;
  status: string;
  activeAgent: string;
  startedAt: string;
  lastActivityAt: string;
  /** From creation to the last committed change. */
  durationMs: number;
  turns: number;
  handoffCount: number;
  handoffTrail: HandoffStep[];
  /** Attempts refused by the policy (ping-pong, gates, bad payloads) or by an edge guardrail. */
  rejectedHandoffs: number;
  /** In order of first visit, starting with the agent that took the first turn. */
  agentsVisited: string[];
  toolCalls: { total: number; byTool: Record<string, number> };
  tokens: TokenTotals;
  cost: CostBreakdown;
  turnLatency: LatencyStats & { perTurn: { turn: number; ms: number }[] };
  policy: { loopCapTrips: number; pingPongTrips: number; otherTrips: number };
  escalatedToHuman: boolean;
  analysis: ConversationAnalysis | null;
  /** Phone call and phone transfers (src/analytics/telephonyMetrics.ts). */
  telephony: ReturnType<typeof import('./telephonyMetrics.ts').phoneTransfersOf>;
};

export type EdgeCount = { from: string; to: string; count: number };

export type AnalyticsSummary = {
  graph: string | null;
  /** null: conversations without a tenant; absent filter is reported as `"*"`. */
  tenant: string | null;
  /** Conversations created in [since, until). */
  since: string | null;
  until: string;
  conversations: number;
  turns: number;
  handoffs: { total: number; meanPerConversation: number | null; edges: EdgeCount[] };
  policy: { loopCapTrips: number; pingPongTrips: number };
  /** Handoffs to the built-in Human node, and how many conversations had at least one. */
  escalations: { toHuman: number; conversations: number };
  turnLatency: LatencyStats;
  tokens: TokenTotals;
  cost: { totalUsd: number; perConversationUsd: number | null; unpricedModels: string[] };
  sentiment: {
    analyzed: number;
    mean: number | null;
    /** negative < -0.2 ≤ neutral ≤ 0.2 < positive */
    distribution: { negative: number; neutral: number; positive: number };
  };
  lead: { analyzed: number; meanScore: number | null };
  /** Phone transfers: transfer rate, answer rate, time to answer, outcomes, callbacks. */
  telephony: import('./telephonyMetrics.ts').TelephonySummary;
};
