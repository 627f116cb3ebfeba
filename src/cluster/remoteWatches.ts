/*
 * Which conversations the OTHER nodes of a cluster watch, so a node sends a turn's live events over
 * PostgreSQL NOTIFY only when someone elsewhere is watching (issue #20): each NOTIFY is a transaction
 * with a commit record, and most conversations have no watcher on another node, or none at all.
 *
 * Nodes tell each other on the live channel, as control messages beside the events:
 *   { "$watch": { "on": [ids], "off": [ids], "hello": true? } }
 * `on`/`off` when a conversation gets its first / loses its last watcher on the sender; `hello` when
 * the sender (re)connects: it then lists everything it watches, and every other node answers with its
 * own full list (an answer is an `on` with `all: true`, which replaces what was known of that node).
 */

export type WatchMessage = { on?: string[]; off?: string[]; hello?: boolean; all?: boolean };

export function encodeWatch(message: WatchMessage): string {
  return JSON.stringify({ $watch: message });
}

/** The control message in a live-channel text, or null for an event. */
export function watchMessageOf(parsed: unknown): WatchMessage | null {
  if (!parsed || typeof parsed !== 'object' || !('$watch' in parsed)) return null;
  const message = (parsed as { $watch: unknown }).$watch;
  return message && typeof message === 'object' ? (message as WatchMessage) : null;
}

export class RemoteWatches {
  /** conversation id → the nodes watching it. */
  private readonly byConversation = new Map<string, Set<string>>();

  watched(conversationId: string): boolean {
    return this.byConversation.has(conversationId);
  }

  /** Forgets everything: after a reconnect, what was missed meanwhile is unknown (the hello re-asks). */
  clear(): void {
    this.byConversation.clear();
  }

  /** Applies `node`'s message; true when the node said hello (it wants every node's list). */
  apply(node: string, message: WatchMessage): boolean {
    if (message.hello || message.all) this.forgetNode(node);
    for (const id of strings(message.on)) {
      let nodes = this.byConversation.get(id);
      if (!nodes) {
        nodes = new Set();
        this.byConversation.set(id, nodes);
      }
      nodes.add(node);
    }
    for (const id of strings(message.off)) {
      const nodes = this.byConversation.get(id);
      nodes?.delete(node);
      if (nodes?.size === 0) this.byConversation.delete(id);
    }
    return message.hello === true;
  }

  private forgetNode(node: string): void {
    for (const [id, nodes] of this.byConversation) {
      nodes.delete(node);
      if (nodes.size === 0) this.byConversation.delete(id);
    }
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
