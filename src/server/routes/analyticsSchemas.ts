import { z } from 'zod';
import { parseSince } from '../../analytics/timeRange.ts';

/*
 * The JSON shapes of the analytics and trace routes (routes/analytics.ts), as zod schemas: queries are
 * parsed with them, /openapi.json documents them, and the route tests parse responses with them. They
 * mirror src/analytics/types.ts and src/store/traceStore.ts (dates as ISO strings).
 */

const when = z.iso.datetime({ offset: true }).describe('ISO 8601 timestamp');

/** `7d`, `24h`, `30m`, `2w` or an ISO date; checked here so a bad value is a 400 naming the field. */
const timeBound = (what: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .refine(
      (value) => {
        try {
          parseSince(value);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'use a duration like 7d, 24h, 30m, 2w or an ISO date like 2025-04-01' },
    )
    .describe(what);

export const AnalyticsQuery = z.strictObject({
  graph: z.string().min(1).max(200).optional().describe('only this graph (one the server serves)'),
  since: timeBound('conversations created at or after: 7d, 24h, 30m, 2w or an ISO date').optional(),
  until: timeBound('conversations created before (same forms); default now').optional(),
});

// ── responses ───────────────────────────────────────────────────────────────────────────────────

const TokenTotals = z.object({ requests: z.number(), inputTokens: z.number(), outputTokens: z.number() });
const LatencyStats = z.object({
  samples: z.number().int(),
  p50Ms: z.number().nullable(),
  p95Ms: z.number().nullable(),
  meanMs: z.number().nullable(),
});
const Scored = z.object({ score: z.number(), reasons: z.array(z.string()) });

export const ConversationAnalysis = z
  .object({
    conversationId: z.string(),
    sentiment: Scored.describe('score in [-1, 1]'),
    lead: Scored.describe('score in [0, 100]'),
    method: z.enum(['llm', 'lexical']).describe('llm: the configured model; lexical: deterministic scorer'),
    model: z.string().nullable(),
    analyzedAt: when,
  })
  .describe('post-conversation analysis: sentiment and lead score with their reasons');

export const AnalyticsSummary = z.object({
  graph: z.string().nullable(),
  tenant: z.string().nullable().describe("the caller's tenant (null: open access)"),
  since: when.nullable(),
  until: when,
  conversations: z.number().int(),
  turns: z.number().int(),
  handoffs: z.object({
    total: z.number().int(),
    meanPerConversation: z.number().nullable(),
    edges: z.array(z.object({ from: z.string(), to: z.string(), count: z.number().int() })),
  }),
  policy: z.object({ loopCapTrips: z.number().int(), pingPongTrips: z.number().int() }),
  escalations: z.object({ toHuman: z.number().int(), conversations: z.number().int() }),
  turnLatency: LatencyStats.describe('nearest-rank percentiles over every turn in range'),
  tokens: TokenTotals,
  cost: z.object({
    totalUsd: z.number(),
    perConversationUsd: z.number().nullable(),
    unpricedModels: z.array(z.string()).describe('models with no price: the cost is a lower bound'),
  }),
  sentiment: z.object({
    analyzed: z.number().int(),
    mean: z.number().nullable(),
    distribution: z.object({
      negative: z.number().int(),
      neutral: z.number().int(),
      positive: z.number().int(),
    }),
  }),
  lead: z.object({ analyzed: z.number().int(), meanScore: z.number().nullable() }),
  telephony: z
    .object({
      phoneConversations: z.number().int(),
      transfers: z.number().int(),
      answered: z.number().int(),
      transferRate: z.number().nullable(),
      answerRate: z.number().nullable(),
      byOutcome: z.record(z.string(), z.number().int()),
      timeToAnswer: z.object({
        samples: z.number().int(),
        p50Ms: z.number().nullable(),
        meanMs: z.number().nullable(),
      }),
      callbacksRequested: z.number().int(),
    })
    .describe('phone transfers to people: transfer rate, answer rate, time to answer (docs/telephony.md)'),
});

export const ConversationAnalytics = z.object({
  conversationId: z.string(),
  graph: z.string(),
  tenant: z.string().nullable(),
  status: z.string(),
  activeAgent: z.string(),
  startedAt: when,
  lastActivityAt: when,
  durationMs: z.number(),
  turns: z.number().int(),
  handoffCount: z.number().int(),
  handoffTrail: z.array(
    z.object({
      turn: z.number().int(),
      from: z.string(),
      to: z.string(),
      kind: z.enum(['handoff', 'fallback']),
      reason: z.string(),
    }),
  ),
  rejectedHandoffs: z.number().int(),
  agentsVisited: z.array(z.string()),
  toolCalls: z.object({ total: z.number().int(), byTool: z.record(z.string(), z.number().int()) }),
  tokens: TokenTotals,
  cost: z.object({
    usd: z.number(),
    byModel: z.record(z.string(), TokenTotals.extend({ usd: z.number().nullable() })),
    unpricedModels: z.array(z.string()),
  }),
  turnLatency: LatencyStats.extend({
    perTurn: z.array(z.object({ turn: z.number().int(), ms: z.number() })),
  }),
  policy: z.object({
    loopCapTrips: z.number().int(),
    pingPongTrips: z.number().int(),
    otherTrips: z.number().int(),
  }),
  escalatedToHuman: z.boolean(),
  analysis: ConversationAnalysis.nullable(),
  telephony: z.object({
    phone: z.boolean(),
    transfers: z.array(
      z.object({ target: z.string(), outcome: z.string(), timeToAnswerMs: z.number().nullable() }),
    ),
    callbacks: z.number().int(),
  }),
});

export const SpanJson = z.object({
  traceId: z.string(),
  spanId: z.string(),
  parentId: z.string().nullable(),
  kind: z
    .string()
    .describe(
      'agent, generation, response, function, handoff, guardrail, custom (routing.decision, policy.tripped…)',
    ),
  name: z.string(),
  startedAt: when.nullable(),
  endedAt: when.nullable(),
  error: z.object({ message: z.string(), data: z.record(z.string(), z.unknown()).optional() }).nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const TraceJson = z.object({
  traceId: z.string(),
  conversationId: z.string(),
  turn: z.number().int(),
  graph: z.string(),
  name: z.string().describe('switchboard.turn (chat) or switchboard.voice_turn'),
  startedAt: when,
  endedAt: when,
  metadata: z.record(z.string(), z.string()),
  spans: z.array(SpanJson),
});

export const TraceList = z.object({ data: z.array(TraceJson) });
