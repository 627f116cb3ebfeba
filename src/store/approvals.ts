import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { creationTime } from './creationTime.ts';
import { approvals } from './schema.ts';
import { sqlDatabaseOf } from './sqlHandle.ts';
import type { ConversationStore } from './types.ts';

export type ApprovalStatus = 'pending' | 'approved' | 'denied';
export type ApprovalDecision = 'approved' | 'denied';

/** The pending call as stored (the `request` column); `v` is its schema version. */
export type StoredApprovalRequest = {
  v: 1;
  tool: string;
  /** The agent that made the call and resumes the conversation once it is decided. */
  agent: string;
  arguments: unknown;
  /** Why a person has to decide, from the tool's approval rule. */
  reason: string;
};

export type NewApproval = {
  tenant: string | null;
  conversationId: string;
  graph: string;
  turn: number;
  callId: string;
  tool: string;
  agent: string;
  arguments: unknown;
  reason: string;
};

export type ApprovalRecord = NewApproval & {
  id: string;
  status: ApprovalStatus;
  createdAt: Date;
  decidedAt: Date | null;
  /** Who decided (the operator name given, else the API key id, else "local"). */
  decidedBy: string | null;
  note: string | null;
};

export type ApprovalFilter = {
  /** `undefined`: every tenant (CLI on the database itself); `null`: conversations without a tenant. */
  tenant?: string | null;
  status?: ApprovalStatus;
  conversationId?: string;
  turn?: number;
  limit?: number;
};

export interface ApprovalStore {
  /** Records a pending call; asking again for the same (conversation, turn, call id) returns the first row. */
  request(input: NewApproval): Promise<ApprovalRecord>;
  get(id: string): Promise<ApprovalRecord | null>;
  /** Oldest first. */
  list(filter?: ApprovalFilter): Promise<ApprovalRecord[]>;
  /**
   * Decides a pending approval. Only the first decision counts (compare-and-set on `pending`, across
   * processes too): `decided` is false when it was already decided, and `record` is then as it stands.
   */
  decide(
    id: string,
    decision: { status: ApprovalDecision; by: string; note: string | null },
  ): Promise<{ record: ApprovalRecord | null; decided: boolean }>;
}

export class StoredApprovalError extends Error {
  constructor(id: string, v: unknown) {
    super(`approval ${id} was stored with request schema version ${String(v)}; this version reads 1`);
    this.name = 'StoredApprovalError';
  }
}

const newApprovalId = () => `apr_${randomBytes(8).toString('hex')}`;

function requestOf(input: NewApproval): StoredApprovalRequest {
  return {
    v: 1,
    tool: input.tool,
    agent: input.agent,
    arguments: input.arguments ?? null,
    reason: input.reason,
  };
}

type Row = typeof approvals.$inferSelect;

function recordOf(row: Row): ApprovalRecord {
  const request = row.request as StoredApprovalRequest;
  if (request?.v !== 1) throw new StoredApprovalError(row.id, request?.v);
  return {
    id: row.id,
    tenant: row.tenant,
    conversationId: row.conversationId,
    graph: row.graph,
    turn: row.turn,
    callId: row.callId,
    tool: request.tool,
    agent: request.agent,
    arguments: request.arguments,
    reason: request.reason,
    status: row.status as ApprovalStatus,
    createdAt: new Date(row.createdAt),
    decidedAt: row.decidedAt ? new Date(row.decidedAt) : null,
    decidedBy: row.decidedBy,
    note: row.note,
  };
}

/** The approvals of a store: its `approvals` table on PGlite/PostgreSQL, a map on the memory store. */
export async function approvalStoreFor(store: ConversationStore): Promise<ApprovalStore> {
  const db = await sqlDatabaseOf(store);
  if (db) return createSqlApprovalStore(db);
  let found = memoryApprovals.get(store);
  if (!found) {
    found = createMemoryApprovalStore();
    memoryApprovals.set(store, found);
  }
  return found;
}

const memoryApprovals = new WeakMap<ConversationStore, ApprovalStore>();

export function createSqlApprovalStore(db: PgDatabase<any, any>): ApprovalStore {
  const byId = async (id: string) => {
    const [row] = await db.select().from(approvals).where(eq(approvals.id, id));
    return row ? recordOf(row) : null;
  };
  return {
    async request(input) {
      await db
        .insert(approvals)
        .values({
          id: newApprovalId(),
          tenant: input.tenant,
          conversationId: input.conversationId,
          graph: input.graph,
          turn: input.turn,
          callId: input.callId,
          request: requestOf(input),
          status: 'pending',
          createdAt: creationTime(),
        })
        .onConflictDoNothing();
      const [row] = await db
        .select()
        .from(approvals)
        .where(
          and(
            eq(approvals.conversationId, input.conversationId),
            eq(approvals.turn, input.turn),
            eq(approvals.callId, input.callId),
          ),
        );
      return recordOf(row);
    },

    get: byId,

    async list(filter = {}) {
      const conditions: SQL[] = [];
      if (filter.tenant === null) conditions.push(isNull(approvals.tenant));
      else if (filter.tenant !== undefined) conditions.push(eq(approvals.tenant, filter.tenant));
      if (filter.status) conditions.push(eq(approvals.status, filter.status));
      if (filter.conversationId) conditions.push(eq(approvals.conversationId, filter.conversationId));
      if (filter.turn !== undefined) conditions.push(eq(approvals.turn, filter.turn));
      const query = db
        .select()
        .from(approvals)
        .where(and(...conditions))
        .orderBy(asc(approvals.createdAt), asc(approvals.id));
      const rows = filter.limit ? await query.limit(filter.limit) : await query;
      return rows.map(recordOf);
    },

    async decide(id, decision) {
      const [row] = await db
        .update(approvals)
        .set({ status: decision.status, decidedBy: decision.by, note: decision.note, decidedAt: sql`now()` })
        .where(and(eq(approvals.id, id), eq(approvals.status, 'pending')))
        .returning();
      if (row) return { record: recordOf(row), decided: true };
      return { record: await byId(id), decided: false };
    },
  };
}

export function createMemoryApprovalStore(): ApprovalStore {
  const rows = new Map<string, ApprovalRecord>();
  const copy = (r: ApprovalRecord): ApprovalRecord => structuredClone(r);
  return {
    async request(input) {
      const existing = [...rows.values()].find(
        (r) =>
          r.conversationId === input.conversationId && r.turn === input.turn && r.callId === input.callId,
      );
      if (existing) return copy(existing);
      const { v: _v, ...request } = requestOf(input);
      const record: ApprovalRecord = {
        ...input,
        ...request,
        id: newApprovalId(),
        status: 'pending',
        createdAt: new Date(),
        decidedAt: null,
        decidedBy: null,
        note: null,
      };
      rows.set(record.id, record);
      return copy(record);
    },

    async get(id) {
      const r = rows.get(id);
      return r ? copy(r) : null;
    },

    async list(filter = {}) {
      const found = [...rows.values()].filter(
        (r) =>
          (filter.tenant === undefined || r.tenant === filter.tenant) &&
          (!filter.status || r.status === filter.status) &&
          (!filter.conversationId || r.conversationId === filter.conversationId) &&
          (filter.turn === undefined || r.turn === filter.turn),
      );
      return found.slice(0, filter.limit ?? found.length).map(copy);
    },

    async decide(id, decision) {
      const r = rows.get(id);
      if (!r) return { record: null, decided: false };
      if (r.status !== 'pending') return { record: copy(r), decided: false };
      Object.assign(r, {
        status: decision.status,
        decidedBy: decision.by,
        note: decision.note,
        decidedAt: new Date(),
      });
      return { record: copy(r), decided: true };
    },
  };
}
