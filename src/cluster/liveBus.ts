import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { ConversationEvent } from '../runtime/switchboard.ts';
import { encodeFrames, FrameAssembler, parseFrame } from './notifyFrames.ts';
import { encodeWatch, RemoteWatches, watchMessageOf } from './remoteWatches.ts';

export type LiveBusOptions = {
  /** Same database (and schema) as the conversation store. */
  connection: pg.ClientConfig;
  /** Receives events published by OTHER nodes; this node's own events are already delivered locally. */
  deliver: (event: ConversationEvent) => void;
  /** First reconnect delay in ms (doubles up to 5 s). */
  retryMs?: number;
  /**
   * The conversations watched on this node. Given, the bus sends a conversation's events only while
   * another node watches it (remoteWatches.ts) and tells the others what this node watches
   * (`watchChanged`); without it, every event is sent.
   */
  localWatches?: () => Iterable<string>;
};

/** What a node publishes its turns' events on and hears the other nodes' events from. */
export interface LiveBus {
  readonly nodeId: string;
  readonly connected: boolean;
  /** Called from inside a running turn: never throws, never waits. */
  publish(event: ConversationEvent): void;
  /**
   * This node's first watcher of a conversation arrived (`true`) or its last left. Resolves once the
   * other nodes can have heard it (at most ~1 s), so a snapshot read afterwards misses no event.
   */
  watchChanged?(conversationId: string, watching: boolean): Promise<void>;
  close(): Promise<void>;
}

/** How long a new watcher waits at most for its announcement to travel (then it reads the snapshot anyway). */
const ANNOUNCE_WAIT_MS = 1_000;

/** Above this many unsent notifications, text deltas are dropped (the turn's other events still go). */
const MAX_PENDING = 2_000;

/**
 * Live events across the nodes of a cluster over PostgreSQL LISTEN/NOTIFY: every node publishes its
 * turns' events on one channel per database schema and delivers the other nodes' events to its own
 * watchers. Live events are best effort, like a WebSocket: while the connection is down they are
 * dropped (the conversation itself is in the database; a watcher re-reads it on reconnect).
 */
export class PostgresLiveBus implements LiveBus {
  readonly nodeId = randomBytes(6).toString('hex');
  private client: pg.Client | null = null;
  private channel = '';
  private messageSeq = 0;
  /** Frames published and not yet sent, and whether a send is under way. */
  private outbox: string[] = [];
  private pending = 0;
  private sending = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs: number;
  private readonly assembler = new FrameAssembler();
  private readonly remote = new RemoteWatches();
  /** This node's announcements not yet heard back on its own LISTEN connection, by message number. */
  private readonly echoes = new Map<number, () => void>();

  private constructor(private readonly options: LiveBusOptions) {
    this.retryMs = options.retryMs ?? 250;
  }

  /** Connects and listens; if the database is down, keeps retrying in the background instead of failing. */
  static async start(options: LiveBusOptions): Promise<PostgresLiveBus> {
    const bus = new PostgresLiveBus(options);
    await bus.connect();
    return bus;
  }

  get connected(): boolean {
    return this.client !== null;
  }

  /** Called from inside a running turn: never throws, never waits. */
  publish(event: ConversationEvent): void {
    if (!this.client) return;
    if (this.options.localWatches && !this.remote.watched(event.conversationId)) return;
    if (this.pending > MAX_PENDING && event.type === 'text.delta') return;
    this.enqueue(JSON.stringify(event));
  }

  async watchChanged(conversationId: string, watching: boolean): Promise<void> {
    if (!this.client || !this.options.localWatches) return;
    const message = this.enqueue(
      encodeWatch(watching ? { on: [conversationId] } : { off: [conversationId] }),
    );
    if (!watching) return;
    // Heard back on this node's own LISTEN connection: the other nodes have it queued too.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ANNOUNCE_WAIT_MS);
      timer.unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.echoes.set(message, () => {
        this.echoes.delete(message);
        done();
      });
    });
  }

  /** Queues one message (as many frames as it takes) for the next send; returns its number. */
  private enqueue(text: string): number {
    this.messageSeq += 1;
    for (const frame of encodeFrames(this.nodeId, this.messageSeq, text)) {
      this.outbox.push(frame);
      this.pending += 1;
    }
    if (!this.sending) {
      this.sending = true;
      setImmediate(() => void this.send());
    }
    return this.messageSeq;
  }

  /**
   * Sends everything published so far as ONE statement, so one transaction (and one commit) however
   * many events the turns in this tick emitted, instead of one per event; what is published meanwhile
   * goes in the next one. One client and one statement at a time keep frames in the order emitted.
   */
  private async send(): Promise<void> {
    while (this.outbox.length > 0) {
      const frames = this.outbox;
      this.outbox = [];
      const client = this.client;
      if (client)
        await client
          .query('select pg_notify($1, f) from unnest($2::text[]) as f', [this.channel, frames])
          .catch(() => {});
      this.pending -= frames.length;
    }
    this.sending = false;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      ...this.options.connection,
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => this.receive(message.payload));
    try {
      await client.connect();
      const { rows } = await client.query(
        `select 'switchboard_live:' || coalesce(current_schema(), '') as channel`,
      );
      this.channel = rows[0].channel;
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
    } catch {
      client.removeAllListeners('end');
      void client.end().catch(() => {});
      this.scheduleReconnect();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.retryMs = this.options.retryMs ?? 250;
    if (this.options.localWatches) {
      // What the others watch may have changed while this node was not listening: ask again.
      this.remote.clear();
      this.enqueue(encodeWatch({ hello: true, on: [...this.options.localWatches()] }));
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    void client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
  }

  private receive(payload: string | undefined): void {
    if (!payload) return;
    const frame = parseFrame(payload);
    if (!frame) return;
    if (frame.node === this.nodeId) {
      if (frame.index === frame.count - 1) this.echoes.get(frame.message)?.();
      return;
    }
    const text = this.assembler.add(frame);
    if (text === null) return;
    let event: ConversationEvent;
    try {
      event = JSON.parse(text);
    } catch {
      return;
    }
    const watch = watchMessageOf(event);
    if (watch) {
      if (this.remote.apply(frame.node, watch) && this.options.localWatches)
        this.enqueue(encodeWatch({ all: true, on: [...this.options.localWatches()] }));
      return;
    }
    if (typeof event?.conversationId !== 'string' || typeof event.type !== 'string') return;
    try {
      this.options.deliver(event);
    } catch {
      // a failing watcher is its own problem, never the bus's
    }
  }
}
