import type { AgentInputItem } from '@openai/agents-core';
import {
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ConversationStatus, HandoffKind, ToolCallStatus } from './types.ts';

/**
 * jsonb whose values round-trip exactly. drizzle's built-in `jsonb()` re-parses any string the driver
 * returns, so a stored JSON string such as `"42"` would come back as the number 42. Both drivers we use
 * (PGlite and node-postgres) already parse jsonb, so reading is the identity.
 */
const json = customType<{ data: unknown; driverData: unknown }>({
  dataType: () => 'jsonb',
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => value,
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/*
 * Every change here needs a matching entry in migrations.ts; `schemaMatchesMigrations.test.ts`
 * diffs the two with drizzle-kit.
 */

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    tenant: text('tenant'),
    graph: text('graph').notNull(),
    activeAgent: text('active_agent').notNull(),
    status: text('status').$type<ConversationStatus>().notNull(),
    context: json('context').$type<Record<string, unknown>>().notNull(),
    handoffCount: integer('handoff_count').notNull().default(0),
    toolCallCount: integer('tool_call_count').notNull().default(0),
    turnCount: integer('turn_count').notNull().default(0),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The schema version `context` was written in (storedJson.ts). */
    contextVersion: integer('context_version').notNull().default(1),
  },
  (t) => [
    index('conversations_graph_status_idx').on(t.graph, t.status),
    index('conversations_tenant_idx').on(t.tenant),
  ],
);

export const items = pgTable(
  'items',
  {
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    turn: integer('turn').notNull(),
    agent: text('agent'),
    item: json('item').$type<AgentInputItem>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'items_pk', columns: [t.conversationId, t.seq] })],
);

export const handoffs = pgTable(
  'handoffs',
  {
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    turn: integer('turn').notNull(),
    fromAgent: text('from_agent').notNull(),
    toAgent: text('to_agent').notNull(),
    reason: text('reason').notNull(),
    intent: text('intent'),
    kind: text('kind').$type<HandoffKind>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'handoffs_pk', columns: [t.conversationId, t.seq] })],
);

export const events = pgTable(
  'events',
  {
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    turn: integer('turn').notNull(),
    type: text('type').notNull(),
    data: json('data').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    /** The schema version `data` was written in (storedJson.ts); columns added later go last. */
    dataVersion: integer('data_version').notNull().default(1),
  },
  (t) => [primaryKey({ name: 'events_pk', columns: [t.conversationId, t.seq] })],
);

/**
 * The at-most-once ledger of side-effecting tool calls, keyed by (conversation, turn, tool, arguments,
 * occurrence): a recorded result is replayed only for the same call in a retry of the same turn, never
 * because a model reused a call id. `call_id` is the id of the call that ran the effect. No foreign key
 * on purpose: the ledger must accept a call even if the conversation row is written later.
 */
export const toolCalls = pgTable(
  'tool_calls',
  {
    conversationId: text('conversation_id').notNull(),
    callId: text('call_id').notNull(),
    tool: text('tool').notNull(),
    agent: text('agent').notNull(),
    arguments: json('arguments'),
    result: json('result'),
    status: text('status').$type<ToolCallStatus>().notNull(),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The turn the call served: a result is replayed only to a retry of that same turn. */
    turn: integer('turn').notNull(),
    /** md5 of the arguments' jsonb text (jsonb orders keys), so equal arguments give equal keys. */
    argsHash: text('args_hash').notNull(),
    /** 1 for the first call of this tool with these arguments in the turn, 2 for the second… */
    occurrence: integer('occurrence').notNull(),
    /** The schema version `result` was written in (storedJson.ts). */
    resultVersion: integer('result_version').notNull().default(1),
  },
  (t) => [
    primaryKey({
      name: 'tool_calls_pk',
      columns: [t.conversationId, t.turn, t.tool, t.argsHash, t.occurrence],
    }),
    index('tool_calls_call_idx').on(t.conversationId, t.callId),
  ],
);

/** One row per `ensureSetup` key: a graph's tool tables and seed data are created once per database. */
export const setupRuns = pgTable('setup_runs', {
  key: text('key').primaryKey(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * API keys of the HTTP server, scoped to a tenant. Only the sha256 of a key is stored; the key itself
 * is shown once, when it is created. `prefix` (the key's first characters) lets people tell keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    tenant: text('tenant').notNull(),
    name: text('name'),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_key_hash_idx').on(t.keyHash), index('api_keys_tenant_idx').on(t.tenant)],
);

/**
 * One row per traced turn (src/tracing): the SDK trace that wrapped the turn's run and commit. Written
 * right after the turn commit, together with its spans, in one statement.
 */
export const traces = pgTable(
  'traces',
  {
    traceId: text('trace_id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    turn: integer('turn').notNull(),
    graph: text('graph').notNull(),
    name: text('name').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    metadata: json('metadata').$type<Record<string, string>>().notNull(),
  },
  (t) => [index('traces_conversation_idx').on(t.conversationId, t.turn)],
);

/** The spans of a trace (agent, generation, function, handoff, guardrail, custom), redacted if asked to. */
export const traceSpans = pgTable(
  'trace_spans',
  {
    traceId: text('trace_id')
      .notNull()
      .references(() => traces.traceId, { onDelete: 'cascade' }),
    spanId: text('span_id').notNull(),
    parentId: text('parent_id'),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    error: json('error').$type<{ message: string; data?: Record<string, unknown> } | null>(),
    data: json('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ name: 'trace_spans_pk', columns: [t.traceId, t.spanId] })],
);

/** Post-conversation analysis (src/analytics): sentiment and lead score with their reasons. */
export const conversationAnalyses = pgTable('conversation_analyses', {
  conversationId: text('conversation_id')
    .primaryKey()
    .references(() => conversations.id, { onDelete: 'cascade' }),
  sentiment: doublePrecision('sentiment').notNull(),
  sentimentReasons: json('sentiment_reasons').$type<string[]>().notNull(),
  leadScore: integer('lead_score').notNull(),
  leadReasons: json('lead_reasons').$type<string[]>().notNull(),
  method: text('method').$type<'llm' | 'lexical'>().notNull(),
  model: text('model'),
  analyzedAt: timestamp('analyzed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Tool calls waiting for a person's decision (src/runtime/approvals.ts). `request` is the pending call
 * as JSON with a schema version (`v`); one row per (conversation, turn, call id), so a retried turn
 * that asks again finds its row instead of adding a second one.
 */
export const approvals = pgTable(
  'approvals',
  {
    id: text('id').primaryKey(),
    tenant: text('tenant'),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    graph: text('graph').notNull(),
    turn: integer('turn').notNull(),
    callId: text('call_id').notNull(),
    request: json('request').notNull(),
    status: text('status').notNull(),
    createdAt: createdAt(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: text('decided_by'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('approvals_call_idx').on(t.conversationId, t.turn, t.callId),
    index('approvals_tenant_status_idx').on(t.tenant, t.status),
  ],
);

export const schemaMigrations = pgTable('schema_migrations', {
  version: integer('version').primaryKey(),
  name: text('name').notNull(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});

export const storeSchema = {
  conversations,
  items,
  handoffs,
  events,
  toolCalls,
  setupRuns,
  apiKeys,
  traces,
  traceSpans,
  conversationAnalyses,
  approvals,
  schemaMigrations,
};

/**
 * Routers learnt from traffic (`switchboard router train`): one row per version per graph. The router
 * is stored as what it learnt from (labeled rows; training is deterministic), with its figures.
 */
export const learnedRouters = pgTable(
  'learned_routers',
  {
    graph: text('graph').notNull(),
    version: integer('version').notNull(),
    rows: json('rows').$type<{ input: string; agent: string }[]>().notNull(),
    trainingSize: integer('training_size').notNull(),
    heldOut: json('held_out').$type<Record<string, number>>().notNull(),
    threshold: doublePrecision('threshold'),
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.graph, t.version] })],
);
