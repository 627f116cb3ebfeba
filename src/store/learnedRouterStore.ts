import { and, desc, eq, sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { learnedRouters } from './schema.ts';
import { sqlDatabaseOf } from './sqlHandle.ts';
import type { ConversationStore } from './types.ts';

/** One labeled routing decision a router learns from: the message and the agent that should take it. */
export type LearnedRow = { input: string; agent: string };

/** A version of a graph's learnt router. */
export type LearnedRouterRecord = {
  graph: string;
  version: number;
  rows: LearnedRow[];
  trainingSize: number;
  /** Figures measured on rows the router did not learn (accuracy, coverage, precision…). */
  heldOut: Record<string, number>;
  /** The hybrid threshold calibrated on the held-out rows; null when none reached the target. */
  threshold: number | null;
  /** Where the rows came from: `dataset`, `store` or both. */
  source: string;
  createdAt: Date;
};

export type NewLearnedRouter = Omit<LearnedRouterRecord, 'version' | 'createdAt'>;

export interface LearnedRouterStore {
  /** Stores a new version (one more than the graph's latest) and returns it. */
  save(router: NewLearnedRouter): Promise<LearnedRouterRecord>;
  /** The graph's newest version, or null when it has none (never trained, or reset). */
  latest(graph: string): Promise<LearnedRouterRecord | null>;
  /** Drops every version of the graph's learnt router; returns how many there were. */
  reset(graph: string): Promise<number>;
}

const stores = new WeakMap<ConversationStore, LearnedRouterStore>();

export async function learnedRouterStoreFor(store: ConversationStore): Promise<LearnedRouterStore> {
  const known = stores.get(store);
  if (known) return known;
  const db = await sqlDatabaseOf(store);
  const created = db ? createSqlLearnedRouterStore(db) : createMemoryLearnedRouterStore();
  stores.set(store, created);
  return created;
}

export function createSqlLearnedRouterStore(db: PgDatabase<any, any>): LearnedRouterStore {
  return {
    async save(router) {
      // The version is computed in the insert itself: two trainers at once cannot both take it (the
      // primary key rejects the second, which then fails loudly rather than overwrite).
      const [row] = await db
        .insert(learnedRouters)
        .values({
          ...router,
          version: sql`(select coalesce(max(version), 0) + 1 from learned_routers where graph = ${router.graph})`,
        })
        .returning();
      return row as LearnedRouterRecord;
    },
    async latest(graph) {
      const [row] = await db
        .select()
        .from(learnedRouters)
        .where(eq(learnedRouters.graph, graph))
        .orderBy(desc(learnedRouters.version))
        .limit(1);
      return (row as LearnedRouterRecord | undefined) ?? null;
    },
    async reset(graph) {
      const gone = await db
        .delete(learnedRouters)
        .where(and(eq(learnedRouters.graph, graph)))
        .returning({ version: learnedRouters.version });
      return gone.length;
    },
  };
}

export function createMemoryLearnedRouterStore(): LearnedRouterStore {
  const byGraph = new Map<string, LearnedRouterRecord[]>();
  return {
    async save(router) {
      const versions = byGraph.get(router.graph) ?? [];
      const record: LearnedRouterRecord = {
        ...structuredClone(router),
        version: (versions.at(-1)?.version ?? 0) + 1,
        createdAt: new Date(),
      };
      versions.push(record);
      byGraph.set(router.graph, versions);
      return structuredClone(record);
    },
    async latest(graph) {
      const last = byGraph.get(graph)?.at(-1);
      return last ? structuredClone(last) : null;
    },
    async reset(graph) {
      const n = byGraph.get(graph)?.length ?? 0;
      byGraph.delete(graph);
      return n;
    },
  };
}
