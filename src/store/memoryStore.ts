import { randomUUID } from 'node:crypto';
import { createMemoryToolDb } from './memoryToolDb.ts';
import { readStoredJson, STORED_JSON_VERSIONS } from './storedJson.ts';
import { failureResult } from './toolCallLedger.ts';
import { countedHandoffs } from './turnCommitSql.ts';
import {
  ConcurrentTurnError,
  type ConversationRecord,
  type ConversationStore,
  type EventRecord,
  type HandoffRecord,
  NotFoundError,
  type StoredItem,
  type ToolCallKey,
  type ToolCallRecord,
  type TurnCommit,
} from './types.ts';

/*
 * Isolation without deep copies: every JSON payload (items, context, event data, tool results) is
 * kept as the string a SQL backend would have stored, and parsed on the way out. A caller can neither
 * mutate stored state through an object it passed in nor through one it got back, and the values
 * round-trip exactly as they do through jsonb (undefined fields dropped, Dates become strings).
 * Each JSON keeps its schema version beside it and is read through the same `readStoredJson` as
 * the SQL stores' rows.
 */

type Conversation = {
  id: string;
  tenant: string | null;
  graph: string;
  activeAgent: string;
  status: ConversationRecord['status'];
  contextJson: string;
  contextVersion: number;
  handoffCount: number;
  toolCallCount: number;
  turnCount: number;
  version: number;
  createdAt: number;
  updatedAt: number;
  items: { seq: number; turn: number; agent: string | null; json: string; createdAt: number }[];
  handoffs: (Omit<HandoffRecord, 'createdAt'> & { at: number })[];
  events: {
    seq: number;
    turn: number;
    type: string;
    dataJson: string;
    dataVersion: number;
    createdAt: number;
  }[];
};

type LedgerEntry = Omit<ToolCallRecord, 'arguments' | 'result'> & {
  argumentsJson: string;
  resultJson: string;
  resultVersion: number;
};

/** What jsonb would store; values JSON cannot represent (undefined, functions) become null. */
const toJson = (value: unknown): string => JSON.stringify(value) ?? 'null';

/** The SQL ledger's key: arguments compared as JSON with sorted keys, as jsonb compares them. */
function ledgerKeyOf(key: ToolCallKey): string {
  const args = JSON.stringify(sortedKeys(JSON.parse(toJson(key.arguments))));
  return [key.conversationId, key.turn ?? 0, key.tool, args, key.occurrence ?? 1].join('\u0000');
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v)]));
}

function fromEntry(entry: LedgerEntry): ToolCallRecord {
  const { argumentsJson, resultJson, resultVersion, ...rest } = entry;
  return { ...rest, arguments: JSON.parse(argumentsJson), result: resultOf(entry) };
}

function resultOf(entry: LedgerEntry): unknown {
  const where = `tool call ${entry.callId} of ${entry.conversationId}`;
  return readStoredJson('toolResult', entry.resultVersion, JSON.parse(entry.resultJson), where);
}

function toRecord(c: Conversation): ConversationRecord {
  return {
    id: c.id,
    tenant: c.tenant,
    graph: c.graph,
    activeAgent: c.activeAgent,
    status: c.status,
    context: readStoredJson('context', c.contextVersion, JSON.parse(c.contextJson), `conversation ${c.id}`),
    handoffCount: c.handoffCount,
    toolCallCount: c.toolCallCount,
    turnCount: c.turnCount,
    version: c.version,
    createdAt: new Date(c.createdAt),
    updatedAt: new Date(c.updatedAt),
  };
}

function toStoredItem(i: Conversation['items'][number]): StoredItem {
  return {
    seq: i.seq,
    turn: i.turn,
    agent: i.agent,
    item: JSON.parse(i.json),
    createdAt: new Date(i.createdAt),
  };
}

const lastSeq = (list: { seq: number }[]): number => (list.length === 0 ? 0 : list[list.length - 1].seq);

/**
 * The conversation store in plain maps, for tests, evals and benchmarks. Same semantics as the SQL
 * backends (the conformance suite runs against all three); tools that use tables get a lazily opened
 * in-memory PGlite, while the completed-call ledger stays in memory.
 */
export function createMemoryStore(): ConversationStore {
  // Map iteration order is insertion order: newest-first listing walks it backwards.
  const conversations = new Map<string, Conversation>();
  const ledger = new Map<string, LedgerEntry>();
  /** The same entries per conversation, so a turn's look-up does not walk every conversation's calls. */
  const ledgerByConversation = new Map<string, Map<string, LedgerEntry>>();
  const inflightCalls = new Map<string, Promise<unknown>>();
  const toolDb = createMemoryToolDb();

  const mustGet = (id: string): Conversation => {
    const c = conversations.get(id);
    if (!c) throw new NotFoundError(`conversation ${id}`);
    return c;
  };

  const appendItems = (c: Conversation, newItems: TurnCommit['items'], turn: number, now: number) => {
    // Serialize everything before touching state: a value JSON cannot hold must leave nothing written.
    const rows = newItems.map((entry, i) => ({
      seq: lastSeq(c.items) + i + 1,
      turn,
      agent: entry.agent,
      json: JSON.stringify(entry.item),
      createdAt: now,
    }));
    return () => {
      c.items.push(...rows);
    };
  };

  const recordToolCall = (key: string, entry: LedgerEntry) => {
    const previous = ledger.get(key);
    const kept = previous ? { ...entry, createdAt: previous.createdAt } : entry;
    ledger.set(key, kept);
    const own = ledgerByConversation.get(entry.conversationId) ?? new Map<string, LedgerEntry>();
    ledgerByConversation.set(entry.conversationId, own);
    own.set(key, kept);
  };

  return {
    kind: 'memory',

    async migrate() {},

    ensureSetup: (key, statements) => toolDb.ensureSetup(key, statements),

    async createConversation(input) {
      const id = input.id ?? randomUUID();
      if (conversations.has(id)) throw new Error(`conversation ${id} already exists`);
      const now = Date.now();
      const c: Conversation = {
        id,
        tenant: input.tenant ?? null,
        graph: input.graph,
        activeAgent: input.activeAgent,
        status: 'active',
        contextJson: JSON.stringify(input.context),
        contextVersion: STORED_JSON_VERSIONS.context,
        handoffCount: 0,
        toolCallCount: 0,
        turnCount: 0,
        version: 0,
        createdAt: now,
        updatedAt: now,
        items: [],
        handoffs: [],
        events: [],
      };
      conversations.set(id, c);
      return toRecord(c);
    },

    async getConversation(id) {
      const c = conversations.get(id);
      return c ? toRecord(c) : null;
    },

    async listConversations(filter = {}) {
      const limit = filter.limit ?? Number.POSITIVE_INFINITY;
      const found: ConversationRecord[] = [];
      const all = [...conversations.values()];
      for (let i = all.length - 1; i >= 0 && found.length < limit; i--) {
        const c = all[i];
        if (filter.graph !== undefined && c.graph !== filter.graph) continue;
        if (filter.status !== undefined && c.status !== filter.status) continue;
        if (filter.tenant !== undefined && c.tenant !== filter.tenant) continue;
        found.push(toRecord(c));
      }
      return found;
    },

    async getItems(conversationId, opts = {}) {
      const list = conversations.get(conversationId)?.items ?? [];
      if (opts.limit === undefined) return list.map(toStoredItem);
      if (opts.limit <= 0) return [];
      return list.slice(-opts.limit).map(toStoredItem);
    },

    async listHandoffs(conversationId) {
      const c = conversations.get(conversationId);
      if (!c) return [];
      return c.handoffs.map(({ at, ...h }): HandoffRecord => ({ ...h, createdAt: new Date(at) }));
    },

    async listEvents(conversationId) {
      const c = conversations.get(conversationId);
      if (!c) return [];
      return c.events.map(
        (e): EventRecord => ({
          seq: e.seq,
          conversationId,
          turn: e.turn,
          type: e.type,
          data: readStoredJson(
            'eventData',
            e.dataVersion,
            JSON.parse(e.dataJson),
            `event ${e.seq} of conversation ${conversationId}`,
          ),
          createdAt: new Date(e.createdAt),
        }),
      );
    },

    async commitTurn(commit) {
      // Synchronous from the version check to the last write, so concurrent commits cannot interleave.
      const c = mustGet(commit.conversationId);
      if (c.version !== commit.expectedVersion) {
        throw new ConcurrentTurnError(c.id, commit.expectedVersion, c.version);
      }
      const now = Date.now();
      const contextJson = JSON.stringify(commit.context);
      const writeItems = appendItems(c, commit.items, commit.turn, now);
      const handoffs = commit.handoffs.map((h, i): Conversation['handoffs'][number] => ({
        seq: lastSeq(c.handoffs) + i + 1,
        conversationId: c.id,
        turn: h.turn,
        from: h.from,
        to: h.to,
        reason: h.reason,
        intent: h.intent,
        kind: h.kind,
        at: now,
      }));
      const events = commit.events.map((e, i) => ({
        seq: lastSeq(c.events) + i + 1,
        turn: e.turn,
        type: e.type,
        dataJson: JSON.stringify(e.data),
        dataVersion: STORED_JSON_VERSIONS.eventData,
        createdAt: now,
      }));

      writeItems();
      c.handoffs.push(...handoffs);
      c.events.push(...events);
      c.activeAgent = commit.activeAgent;
      c.status = commit.status;
      c.contextJson = contextJson;
      c.contextVersion = STORED_JSON_VERSIONS.context;
      c.handoffCount += countedHandoffs(commit.handoffs);
      c.toolCallCount += commit.toolCallsAdded;
      c.turnCount = commit.turn;
      c.version += 1;
      c.updatedAt = now;
      return toRecord(c);
    },

    async setStatus(conversationId, status) {
      const c = mustGet(conversationId);
      c.status = status;
      c.updatedAt = Date.now();
    },

    async appendItems(conversationId, newItems, turn) {
      if (newItems.length === 0) return;
      const c = mustGet(conversationId);
      const now = Date.now();
      appendItems(c, newItems, turn, now)();
      c.updatedAt = now;
    },

    async popItem(conversationId) {
      const c = conversations.get(conversationId);
      const last = c?.items.pop();
      if (!c || !last) return null;
      c.updatedAt = Date.now();
      return toStoredItem(last);
    },

    async clearItems(conversationId) {
      const c = conversations.get(conversationId);
      if (c) c.items = [];
    },

    async getToolCall(conversationId, callId) {
      let latest: LedgerEntry | undefined;
      for (const entry of ledgerByConversation.get(conversationId)?.values() ?? [])
        if (entry.callId === callId) latest = entry;
      return latest ? fromEntry(latest) : null;
    },

    async listToolCalls(conversationId, turn) {
      const found: ToolCallRecord[] = [];
      for (const entry of ledgerByConversation.get(conversationId)?.values() ?? [])
        if (entry.turn === turn) found.push(fromEntry(entry));
      return found;
    },

    async runToolOnce(key, fn) {
      const ledgerKey = ledgerKeyOf(key);
      // Like the row lock of the SQL backends: a second caller for the same call waits for the first.
      for (let pending = inflightCalls.get(ledgerKey); pending; pending = inflightCalls.get(ledgerKey)) {
        await pending.catch(() => {});
      }
      const done = ledger.get(ledgerKey);
      if (done?.status === 'completed')
        return { result: resultOf(done), replayed: true, callId: done.callId };

      const base = {
        conversationId: key.conversationId,
        callId: key.callId,
        turn: key.turn ?? 0,
        occurrence: key.occurrence ?? 1,
        tool: key.tool,
        agent: key.agent,
        argumentsJson: toJson(key.arguments),
        resultVersion: STORED_JSON_VERSIONS.toolResult,
        createdAt: new Date(),
      };
      const attempt = toolDb
        .transaction(async (tx) => toJson(await fn(tx)))
        .then(
          (resultJson) => {
            recordToolCall(ledgerKey, { ...base, resultJson, status: 'completed', completedAt: new Date() });
            return { result: JSON.parse(resultJson), replayed: false, callId: key.callId };
          },
          (error: unknown) => {
            recordToolCall(ledgerKey, {
              ...base,
              resultJson: JSON.stringify(failureResult(error)),
              status: 'failed',
              completedAt: null,
            });
            throw error;
          },
        );
      inflightCalls.set(ledgerKey, attempt);
      try {
        return await attempt;
      } finally {
        inflightCalls.delete(ledgerKey);
      }
    },

    toolDb: () => toolDb.open(),

    async close() {
      await toolDb.close();
    },
  };
}
