import type { ConversationEvent, Switchboard } from '../runtime/switchboard.ts';

type Watcher = (event: ConversationEvent) => void;

/**
 * Fans the events of every served graph out to the watchers of each conversation: one subscription
 * per Switchboard, then a map lookup per event, however many sockets are open.
 */
export class LiveHub {
  private readonly watchers = new Map<string, Set<Watcher>>();
  private readonly unsubscribe: (() => void)[];
  /** Tells the other nodes of a cluster what is watched here (clusterNode.ts); null outside a cluster. */
  private announce: ((conversationId: string, watching: boolean) => Promise<void>) | null = null;
  private readonly announced = new Map<string, Promise<void>>();

  constructor(switchboards: Iterable<Switchboard>) {
    this.unsubscribe = [...switchboards].map((sb) => sb.subscribe((event) => this.dispatch(event)));
  }

  watch(conversationId: string, watcher: Watcher): () => void {
    let set = this.watchers.get(conversationId);
    if (!set) {
      set = new Set();
      this.watchers.set(conversationId, set);
      if (this.announce)
        this.announced.set(
          conversationId,
          this.announce(conversationId, true).catch(() => {}),
        );
    }
    set.add(watcher);
    return () => {
      set.delete(watcher);
      if (set.size === 0 && this.watchers.get(conversationId) === set) {
        this.watchers.delete(conversationId);
        this.announced.delete(conversationId);
        void this.announce?.(conversationId, false).catch(() => {});
      }
    };
  }

  /**
   * Resolves once the other nodes know `conversationId` is watched here (at once outside a cluster): a
   * watcher reads its snapshot after this, so no event of a turn on another node falls in between.
   */
  watchAnnounced(conversationId: string): Promise<void> {
    return this.announced.get(conversationId) ?? Promise.resolve();
  }

  /** Conversations with a watcher on this node. */
  watchedConversations(): string[] {
    return [...this.watchers.keys()];
  }

  /** The cluster's live bus: other nodes send a conversation's events here only while it is watched. */
  announceWatchesTo(announce: (conversationId: string, watching: boolean) => Promise<void>): void {
    this.announce = announce;
  }

  watcherCount(conversationId: string): number {
    return this.watchers.get(conversationId)?.size ?? 0;
  }

  close(): void {
    for (const off of this.unsubscribe) off();
    this.watchers.clear();
  }

  /** An event of a turn that ran on another node of the cluster (see src/cluster/liveBus.ts). */
  deliver(event: ConversationEvent): void {
    this.dispatch(event);
  }

  /** Runs inside the turn's own event emission: a failing watcher must never fail the turn. */
  private dispatch(event: ConversationEvent): void {
    const set = this.watchers.get(event.conversationId);
    if (!set) return;
    for (const watcher of [...set]) {
      try {
        watcher(event);
      } catch {
        // a socket that cannot take the message is dropped by its own close handling
      }
    }
  }
}
