import type { Switchboard } from '../runtime/switchboard.ts';
import type { LiveHub } from '../server/live.ts';
import { postgresConnectionOf } from '../store/postgresStore.ts';
import type { ConversationStore } from '../store/types.ts';
import { PostgresLiveBus } from './liveBus.ts';

/** This process as one node of a cluster: its live events go to the others and theirs come here. */
export type ClusterNode = { nodeId: string; bus: PostgresLiveBus; close(): Promise<void> };

/**
 * Joins the cluster when the store is PostgreSQL (any number of `switchboard serve` processes on one
 * `DATABASE_URL`); null for PGlite and memory, which one process owns. Turn locks need no joining:
 * the PostgreSQL store takes them itself on every turn (see conversationLocks.ts).
 */
export async function joinCluster(
  store: ConversationStore,
  switchboards: Iterable<Switchboard>,
  hub: LiveHub,
): Promise<ClusterNode | null> {
  const connection = postgresConnectionOf(store);
  if (!connection) return null;
  const bus = await PostgresLiveBus.start({ connection, deliver: (event) => hub.deliver(event) });
  const unsubscribe = [...switchboards].map((sb) => sb.subscribe((event) => bus.publish(event)));
  return {
    nodeId: bus.nodeId,
    bus,
    async close() {
      for (const off of unsubscribe) off();
      await bus.close();
    },
  };
}
