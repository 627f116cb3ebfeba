import type { ConversationEvent, Switchboard } from '../runtime/switchboard.ts';
import { postgresConnectionOf } from '../store/postgresStore.ts';
import type { ConversationStore } from '../store/types.ts';
import { type LiveBus, PostgresLiveBus } from './liveBus.ts';
import { RedisLiveBus } from './redisLiveBus.ts';

/** This process as one node of a cluster: its live events go to the others and theirs come here. */
export type ClusterNode = {
  nodeId: string;
  bus: LiveBus;
  transport: 'postgres' | 'redis';
  close(): Promise<void>;
};

/**
 * Joins the cluster when the store is PostgreSQL (any number of `switchboard serve` processes on one
 * `DATABASE_URL`); null for PGlite and memory, which one process owns. Turn locks need no joining:
 * the PostgreSQL store takes them itself on every turn (see src/store/conversationLocks.ts). Live events travel
 * over Redis pub/sub when `redisUrl` (REDIS_URL) is given, otherwise over PostgreSQL LISTEN/NOTIFY.
 */
export async function joinCluster(
  store: ConversationStore,
  switchboards: Iterable<Switchboard>,
  /** Where the other nodes' events go: the server's live hub. */
  hub: {
    deliver(event: ConversationEvent): void;
    /** Given, events over PostgreSQL go only to nodes that watch the conversation (remoteWatches.ts). */
    watchedConversations?(): string[];
    announceWatchesTo?(announce: (conversationId: string, watching: boolean) => Promise<void>): void;
  },
  redisUrl: string | undefined = process.env.REDIS_URL || undefined,
): Promise<ClusterNode | null> {
  const connection = postgresConnectionOf(store);
  if (!connection) return null;
  const deliver = (event: ConversationEvent) => hub.deliver(event);
  const bus: LiveBus = redisUrl
    ? await RedisLiveBus.start({ url: redisUrl, clusterKey: clusterKeyOf(connection), deliver })
    : await PostgresLiveBus.start({
        connection,
        deliver,
        localWatches: hub.watchedConversations && (() => hub.watchedConversations!()),
      });
  if (bus.watchChanged && hub.announceWatchesTo)
    hub.announceWatchesTo((conversationId, watching) => bus.watchChanged!(conversationId, watching));
  const unsubscribe = [...switchboards].map((sb) => sb.subscribe((event) => bus.publish(event)));
  return {
    nodeId: bus.nodeId,
    bus,
    transport: redisUrl ? 'redis' : 'postgres',
    async close() {
      for (const off of unsubscribe) off();
      await bus.close();
    },
  };
}

/** The database and schema the nodes share, without credentials: one Redis channel per cluster. */
function clusterKeyOf(connection: { connectionString?: string; options?: string }): string {
  let where = connection.connectionString ?? '';
  try {
    const url = new URL(where);
    url.username = '';
    url.password = '';
    where = url.toString();
  } catch {
    // not a URL: used as it is, it is only hashed
  }
  return `${where}|${connection.options ?? ''}`;
}
