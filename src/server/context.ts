import type { FastifyRequest } from 'fastify';
import type { Switchboard } from '../runtime/switchboard.ts';
import type { ConversationRecord, ConversationStore } from '../store/types.ts';
import { NotFoundError } from '../store/types.ts';
import type { CallPlacer } from '../telephony/callsApi.ts';
import { type ConversationOwner, ConversationOwners } from './conversationOwners.ts';
import type { LiveHub } from './live.ts';

/** What every route needs: the served graphs, the shared store, live events and in-flight turns. */
export type ServerContext = {
  graphs: ReadonlyMap<string, Switchboard>;
  store: ConversationStore;
  hub: LiveHub;
  startedAt: number;
  /** The Switchboard serving `graph`, or a 404. */
  switchboardFor(graph: string): Switchboard;
  /**
   * The conversation if the caller may see it: another tenant's conversation is a 404 exactly like a
   * missing one, so its existence does not leak. Also 404 when this process does not serve its graph.
   */
  conversationFor(
    request: FastifyRequest,
    id: string,
  ): Promise<{ record: ConversationRecord; sb: Switchboard }>;
  /**
   * The Switchboard of a conversation the caller may post to, with the same 404s as `conversationFor`,
   * from memory when this process has seen the conversation (a turn reads the record itself).
   */
  switchboardOfConversation(request: FastifyRequest, id: string): Promise<Switchboard>;
  /** A conversation just created here: its first turn needs no route read. */
  rememberConversation(record: ConversationRecord): void;
  /** Registers a running turn (or operator action) so shutdown waits for it before closing the store. */
  track<T>(operation: Promise<T>): Promise<T>;
  /** Resolves when every tracked operation has settled. */
  drain(): Promise<void>;
  /** Outbound calls (`POST /v1/calls`), set by the voice routes once a Twilio account is configured. */
  calls: CallPlacer | null;
};

/** Another tenant's conversation is a 404 exactly like a missing one, so its existence does not leak. */
function ownedBy<T extends ConversationOwner>(
  request: FastifyRequest,
  id: string,
  owner: T | null | undefined,
): T {
  if (!owner || owner.tenant !== request.caller.tenant) throw new NotFoundError(`conversation ${id}`);
  return owner;
}

export function createServerContext(
  graphs: ReadonlyMap<string, Switchboard>,
  store: ConversationStore,
  hub: LiveHub,
): ServerContext {
  const inflight = new Set<Promise<unknown>>();
  const owners = new ConversationOwners();
  const switchboardFor = (graph: string): Switchboard => {
    const sb = graphs.get(graph);
    if (!sb) throw new NotFoundError(`graph "${graph}" (served here: ${[...graphs.keys()].join(', ')})`);
    return sb;
  };
  /** 404 too when this process does not serve the conversation's graph. */
  const servingOf = (id: string, owner: ConversationOwner): Switchboard => {
    const sb = graphs.get(owner.graph);
    if (!sb) throw new NotFoundError(`conversation ${id}`);
    return sb;
  };
  return {
    graphs,
    store,
    hub,
    startedAt: Date.now(),
    calls: null,
    switchboardFor,
    async conversationFor(request, id) {
      const record = await store.getConversation(id);
      if (record) owners.remember(record);
      const owned = ownedBy(request, id, record);
      return { record: owned, sb: servingOf(id, owned) };
    },
    async switchboardOfConversation(request, id) {
      let owner = owners.get(id);
      if (!owner) {
        const record = await store.getConversation(id);
        if (record) owners.remember(record);
        owner = record ?? undefined;
      }
      return servingOf(id, ownedBy(request, id, owner));
    },
    rememberConversation: (record) => owners.remember(record),
    track(operation) {
      const settled = operation.then(
        () => {},
        () => {},
      );
      inflight.add(settled);
      void settled.then(() => inflight.delete(settled));
      return operation;
    },
    async drain() {
      while (inflight.size > 0) await Promise.all([...inflight]);
    },
  };
}
