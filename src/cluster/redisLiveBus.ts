import { createHash, randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import type { ConversationEvent } from '../runtime/switchboard.ts';
import type { LiveBus } from './liveBus.ts';

export type RedisLiveBusOptions = {
  /** `redis://host:port` (REDIS_URL). */
  url: string;
  /** Names the cluster: nodes on the same database share a channel, other databases never mix in. */
  clusterKey: string;
  /** Receives events published by OTHER nodes; this node's own events are already delivered locally. */
  deliver: (event: ConversationEvent) => void;
};

/** What the bus uses of a node-redis client (its generic type is too particular to pass around). */
type Client = {
  readonly isReady: boolean;
  publish(channel: string, message: string): Promise<unknown>;
  close(): Promise<void>;
};

/**
 * Live events across the nodes of a cluster over Redis pub/sub, for deployments that already run
 * Redis or whose event volume should stay off the database (NOTIFY payloads travel through the
 * PostgreSQL server). Same contract as the PostgreSQL bus: best effort, never blocks a turn; while
 * Redis is down events are dropped (watchers re-read the conversation on reconnect), not queued.
 */
export class RedisLiveBus implements LiveBus {
  readonly nodeId = randomBytes(6).toString('hex');
  readonly channel: string;
  private closed = false;

  private constructor(
    private readonly publisher: Client,
    private readonly subscriber: Client,
    clusterKey: string,
  ) {
    this.channel = `switchboard:live:${createHash('sha256').update(clusterKey).digest('hex').slice(0, 16)}`;
  }

  static async start(options: RedisLiveBusOptions): Promise<RedisLiveBus> {
    const settings = {
      url: options.url,
      // An event published while Redis is down is dropped, not replayed late and out of order.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 5_000,
        reconnectStrategy: (retries: number) => Math.min(250 * 2 ** retries, 5_000),
      },
    };
    const publisher = createClient(settings);
    const subscriber = createClient(settings);
    // node-redis reconnects by itself; an unhandled 'error' would kill the process instead.
    for (const client of [publisher, subscriber]) client.on('error', () => {});
    const bus = new RedisLiveBus(publisher as Client, subscriber as Client, options.clusterKey);
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(bus.channel, (message) => bus.receive(message, options.deliver));
    return bus;
  }

  get connected(): boolean {
    return this.publisher.isReady && this.subscriber.isReady;
  }

  /** Called from inside a running turn: never throws, never waits. */
  publish(event: ConversationEvent): void {
    if (this.closed || !this.publisher.isReady) return;
    this.publisher.publish(this.channel, JSON.stringify({ node: this.nodeId, event })).catch(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.subscriber.close(), this.publisher.close()].map((p) => p.catch(() => {})));
  }

  private receive(message: string, deliver: (event: ConversationEvent) => void): void {
    let parsed: { node?: unknown; event?: ConversationEvent };
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    const event = parsed.event;
    if (
      parsed.node === this.nodeId ||
      typeof event?.conversationId !== 'string' ||
      typeof event.type !== 'string'
    )
      return;
    try {
      deliver(event);
    } catch {
      // a failing watcher is its own problem, never the bus's
    }
  }
}
