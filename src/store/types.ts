import type { AgentInputItem } from '@openai/agents-core';
import type { PgDatabase } from 'drizzle-orm/pg-core';

/** Drizzle handle (database or transaction) over PGlite or node-postgres, for tools' own tables. */
export type ToolDb = PgDatabase<any, any>;

export type ConversationStatus = 'active' | 'awaiting_human' | 'awaiting_approval' | 'ended';

export type ConversationRecord = {
  id: string;
  tenant: string | null;
  graph: string;
  activeAgent: string;
  status: ConversationStatus;
  /** The structured context (validated by the graph's zod schema before it is written). */
  context: Record<string, unknown>;
  handoffCount: number;
  toolCallCount: number;
  turnCount: number;
  /** Incremented by every committed turn; commits name the version they started from. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export type StoredItem = {
  seq: number;
  turn: number;
  agent: string | null;
  item: AgentInputItem;
  createdAt: Date;
};

/** `handoff`: the model's transfer; `fallback`: a policy-forced escalation; `rejected`: refused by policy/validation. */
export type HandoffKind = 'handoff' | 'fallback' | 'rejected';

export type HandoffRecord = {
  seq: number;
  conversationId: string;
  turn: number;
  from: string;
  to: string;
  reason: string;
  intent: string | null;
  kind: HandoffKind;
  createdAt: Date;
};

export type NewHandoff = Omit<HandoffRecord, 'seq' | 'conversationId' | 'createdAt'>;

/** Policy trips, guardrail trips, routing decisions, warnings: anything worth auditing about a turn. */
export type EventRecord = {
  seq: number;
  conversationId: string;
  turn: number;
  type: string;
  data: Record<string, unknown>;
  createdAt: Date;
};

export type NewEvent = Omit<EventRecord, 'seq' | 'conversationId' | 'createdAt'>;

export type ToolCallStatus = 'started' | 'completed' | 'failed';

/** A turn's reads in one (see `ConversationStore.loadTurn`). */
export type TurnLoad = {
  record: ConversationRecord;
  items: StoredItem[];
  /** The last handoff that moved the conversation (not a rejected one), or null. */
  lastHandoff: { from: string; to: string; turn: number } | null;
  /** The handoff log, oldest first (rejected ones too, with their kind): reroute counting reads it. */
  handoffs: { from: string; to: string; turn: number; kind: HandoffRecord['kind'] }[];
  /** Ledger records of the turn about to run (`record.turnCount + 1`), oldest first. */
  toolCalls: ToolCallRecord[];
};

export type ToolCallRecord = {
  conversationId: string;
  /** The id of the call that ran the effect (a replay to a later call keeps it). */
  callId: string;
  turn: number;
  occurrence: number;
  tool: string;
  agent: string;
  arguments: unknown;
  result: unknown;
  status: ToolCallStatus;
  createdAt: Date;
  completedAt: Date | null;
};

/**
 * What identifies one side effect: the n-th call (`occurrence`) of `tool` with these `arguments` (compared
 * as JSON, key order ignored) in `turn` of the conversation. The model's call id is recorded, not matched:
 * call ids can repeat across attempts (`call_t1_2`) and an LLM makes new ones on every attempt.
 */
export type ToolCallKey = {
  conversationId: string;
  /** Default 0: a caller outside a turn gets one effect per conversation, tool and arguments. */
  turn?: number;
  /** Default 1. */
  occurrence?: number;
  callId: string;
  tool: string;
  agent: string;
  arguments: unknown;
};

export type NewConversation = {
  id?: string;
  tenant?: string | null;
  graph: string;
  activeAgent: string;
  context: Record<string, unknown>;
};

/** Everything one turn changes, written in a single transaction: all of it or none of it. */
export type TurnCommit = {
  conversationId: string;
  /** The version read at the start of the turn; a mismatch raises `ConcurrentTurnError` and writes nothing. */
  expectedVersion: number;
  turn: number;
  items: { agent: string | null; item: AgentInputItem }[];
  handoffs: NewHandoff[];
  events: NewEvent[];
  activeAgent: string;
  status: ConversationStatus;
  context: Record<string, unknown>;
  toolCallsAdded: number;
};

/**
 * The one way to build a commit: turn `turn` of `record`, changing only what `change` names (no items,
 * handoffs, events or tool calls unless given; agent, status and context as the record has them), and
 * refused if the conversation moved on since `record` was read.
 */
export function turnCommitOf(
  record: ConversationRecord,
  turn: number,
  change: Partial<Omit<TurnCommit, 'conversationId' | 'expectedVersion' | 'turn'>> = {},
): TurnCommit {
  return {
    conversationId: record.id,
    expectedVersion: record.version,
    turn,
    items: [],
    handoffs: [],
    events: [],
    activeAgent: record.activeAgent,
    status: record.status,
    context: record.context,
    toolCallsAdded: 0,
    ...change,
  };
}

export type ConversationFilter = {
  graph?: string;
  status?: ConversationStatus;
  tenant?: string | null;
  limit?: number;
};

export class ConcurrentTurnError extends Error {
  constructor(conversationId: string, expected: number, actual: number) {
    super(
      `conversation ${conversationId} changed during the turn (expected version ${expected}, found ${actual})`,
    );
    this.name = 'ConcurrentTurnError';
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

export type StoreKind = 'memory' | 'pglite' | 'postgres';

/**
 * The durable state of every conversation. Implementations: PGlite (embedded default), PostgreSQL
 * (`DATABASE_URL`), memory (tests, evals and benchmarks). One conformance suite runs against all.
 */
export interface ConversationStore {
  readonly kind: StoreKind;
  /** Applies pending migrations; idempotent. */
  migrate(): Promise<void>;
  /** Runs the graph's setup SQL (its tools' tables and seed data) once per database. */
  ensureSetup(key: string, statements: string[]): Promise<void>;

  createConversation(input: NewConversation): Promise<ConversationRecord>;
  getConversation(id: string): Promise<ConversationRecord | null>;
  listConversations(filter?: ConversationFilter): Promise<ConversationRecord[]>;
  /** Items in order; with `limit`, the most recent `limit` items, still in chronological order. */
  getItems(conversationId: string, opts?: { limit?: number }): Promise<StoredItem[]>;
  listHandoffs(conversationId: string): Promise<HandoffRecord[]>;
  listEvents(conversationId: string): Promise<EventRecord[]>;
  /** Atomically appends a turn's items, handoffs and events and updates the conversation row. */
  commitTurn(commit: TurnCommit): Promise<ConversationRecord>;
  /**
   * What a turn reads before it runs (conversation, items, last counted handoff, the ledger of turn
   * `turnCount + 1`) in one round trip; null if the conversation is missing. SQL stores have it; the
   * runtime reads piece by piece without it.
   */
  loadTurn?(conversationId: string): Promise<TurnLoad | null>;
  /** Updates status (e.g. ended) without a turn. */
  setStatus(conversationId: string, status: ConversationStatus): Promise<void>;

  /** SDK `Session` primitives over the items table (used by `SqlSession`). */
  appendItems(
    conversationId: string,
    items: { agent: string | null; item: AgentInputItem }[],
    turn: number,
  ): Promise<void>;
  popItem(conversationId: string): Promise<StoredItem | null>;
  clearItems(conversationId: string): Promise<void>;

  /** The latest ledger record made by this call id (a changed retry can reuse an id), or null. */
  getToolCall(conversationId: string, callId: string): Promise<ToolCallRecord | null>;
  /** Ledger records of one turn (every attempt at it), oldest first. */
  listToolCalls(conversationId: string, turn: number): Promise<ToolCallRecord[]>;
  /**
   * Runs a side effect at most once per `ToolCallKey` (conversation, turn, tool, arguments, occurrence).
   * If a completed record exists its result is returned with `replayed: true` (and the call id that
   * ran it) and `fn` is not called. Otherwise `fn` runs inside a transaction that also records the call
   * as completed; if `fn` throws, nothing is recorded as completed and the error propagates.
   */
  runToolOnce(
    key: ToolCallKey,
    fn: (db: ToolDb) => Promise<unknown>,
  ): Promise<{ result: unknown; replayed: boolean; callId: string }>;
  /** Database handle for tools without side effects (reads). */
  toolDb(): Promise<ToolDb>;
  /**
   * Cluster mode (PostgreSQL): takes the conversation's cross-process turn lock, or returns null at once
   * when another process holds it. Absent where one process owns the data (PGlite, memory).
   */
  lockConversation?(conversationId: string): Promise<(() => Promise<void>) | null>;

  close(): Promise<void>;
}
