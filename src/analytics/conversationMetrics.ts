import { HUMAN_AGENT } from '../graph/types.ts';
import type { AnalysisRecord } from '../store/analysisStore.ts';
import type { ConversationRows } from './analyticsData.ts';
import { costUsd, type PriceTable, priceForModelName } from './pricing.ts';
import { phoneTransfersOf } from './telephonyMetrics.ts';
import { mean, percentile } from './timeRange.ts';
import type {
  ConversationAnalysis,
  ConversationAnalytics,
  CostBreakdown,
  HandoffStep,
  TokenTotals,
} from './types.ts';

type MetricsEvent = {
  durationMs?: unknown;
  usage?: Partial<TokenTotals>;
  models?: Record<string, Partial<TokenTotals>>;
};

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

const addTokens = (into: TokenTotals, add: Partial<TokenTotals> | undefined): void => {
  into.requests += num(add?.requests);
  into.inputTokens += num(add?.inputTokens);
  into.outputTokens += num(add?.outputTokens);
};

const zeroTokens = (): TokenTotals => ({ requests: 0, inputTokens: 0, outputTokens: 0 });

export function analysisJson(record: AnalysisRecord): ConversationAnalysis {
  return {
    conversationId: record.conversationId,
    sentiment: { score: record.sentiment, reasons: record.sentimentReasons },
    lead: { score: record.leadScore, reasons: record.leadReasons },
    method: record.method,
    model: record.model,
    analyzedAt: record.analyzedAt.toISOString(),
  };
}

/**
 * Cost from the per-model usage each turn recorded. Tokens that no model span accounted for (a custom
 * model without tracing) are priced as `unknown`: listed, never guessed.
 */
function costOf(total: TokenTotals, byModel: Map<string, TokenTotals>, prices: PriceTable): CostBreakdown {
  const out: CostBreakdown = { usd: 0, byModel: {}, unpricedModels: [] };
  const attributed = zeroTokens();
  for (const [model, usage] of byModel) {
    addTokens(attributed, usage);
    const price = priceForModelName(model, prices);
    const usd = price ? costUsd(usage, price) : null;
    out.byModel[model] = { ...usage, usd };
    if (usd === null) out.unpricedModels.push(model);
    else out.usd += usd;
  }
  const rest = total.inputTokens + total.outputTokens - attributed.inputTokens - attributed.outputTokens;
  if (rest > 0) out.unpricedModels.push('unknown');
  out.unpricedModels.sort();
  return out;
}

/** The analytics of one conversation from its stored rows. */
export function conversationAnalytics(rows: ConversationRows, prices: PriceTable): ConversationAnalytics {
  const { conversation: c } = rows;
  const trail: HandoffStep[] = [];
  let rejected = 0;
  for (const h of rows.handoffs) {
    if (h.kind === 'rejected') rejected += 1;
    else trail.push({ turn: h.turn, from: h.from, to: h.to, kind: h.kind, reason: h.reason });
  }
  const visited: string[] = [trail[0]?.from ?? c.activeAgent];
  for (const step of trail) if (!visited.includes(step.to)) visited.push(step.to);

  const byTool: Record<string, number> = {};
  const tokens = zeroTokens();
  const byModel = new Map<string, TokenTotals>();
  const perTurn: { turn: number; ms: number }[] = [];
  const policy = { loopCapTrips: 0, pingPongTrips: 0, otherTrips: 0 };
  for (const e of rows.events) {
    const data = e.data as Record<string, unknown>;
    if (e.type === 'tool.call') {
      const tool = String(data.tool);
      byTool[tool] = (byTool[tool] ?? 0) + 1;
    } else if (e.type === 'turn.metrics') {
      const m = data as MetricsEvent;
      perTurn.push({ turn: e.turn, ms: num(m.durationMs) });
      addTokens(tokens, m.usage);
      for (const [model, usage] of Object.entries(m.models ?? {})) {
        const sum = byModel.get(model) ?? zeroTokens();
        addTokens(sum, usage);
        byModel.set(model, sum);
      }
    } else if (e.type === 'policy.tripped') {
      if (data.code === 'handoff_cap') policy.loopCapTrips += 1;
      else if (data.code === 'ping_pong') policy.pingPongTrips += 1;
      else policy.otherTrips += 1;
    } else if (e.type === 'handoff.rejected') {
      // Refused by the policy before the SDK acted (ping-pong, gate, bad payload): never a handoff record.
      rejected += 1;
      if (data.code === 'ping_pong') policy.pingPongTrips += 1;
    }
  }
  const sorted = perTurn.map((t) => t.ms).sort((a, b) => a - b);
  return {
    conversationId: c.id,
    graph: c.graph,
    tenant: c.tenant,
    status: c.status,
    activeAgent: c.activeAgent,
    startedAt: c.createdAt.toISOString(),
    lastActivityAt: c.updatedAt.toISOString(),
    durationMs: Math.max(0, c.updatedAt.getTime() - c.createdAt.getTime()),
    turns: c.turnCount,
    handoffCount: trail.length,
    handoffTrail: trail,
    rejectedHandoffs: rejected,
    telephony: phoneTransfersOf(rows.events),
    agentsVisited: visited,
    toolCalls: { total: Object.values(byTool).reduce((a, b) => a + b, 0), byTool },
    tokens,
    cost: costOf(tokens, byModel, prices),
    turnLatency: {
      samples: sorted.length,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      meanMs: mean(sorted),
      perTurn,
    },
    policy,
    escalatedToHuman: trail.some((s) => s.to === HUMAN_AGENT),
    analysis: rows.analysis ? analysisJson(rows.analysis) : null,
  };
}
