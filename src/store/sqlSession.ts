import type { AgentInputItem, Session } from '@openai/agents-core';
import type { ConversationStore, NewConversation } from './types.ts';

export type ConversationSessionOptions = {
  /** Recorded as the `agent` of every item this session appends. */
  agent?: string | null;
  /** The `turn` recorded on appended items; a function is read at each append. Defaults to 0. */
  turn?: number | (() => number);
};

/**
 * Our items table as a plain SDK `Session`, so `run(agent, input, { session })` can keep its history
 * in Switchboard's store (PGlite, PostgreSQL or memory) without the rest of Switchboard.
 * The conversation must exist; `ConversationSession.create` makes one.
 */
export class ConversationSession implements Session {
  constructor(
    readonly store: ConversationStore,
    readonly conversationId: string,
    private readonly options: ConversationSessionOptions = {},
  ) {}

  /** Creates the conversation row and returns a session over it. */
  static async create(
    store: ConversationStore,
    conversation: NewConversation,
    options?: ConversationSessionOptions,
  ): Promise<ConversationSession> {
    const record = await store.createConversation(conversation);
    return new ConversationSession(store, record.id, options);
  }

  async getSessionId(): Promise<string> {
    return this.conversationId;
  }

  async getItems(limit?: number): Promise<AgentInputItem[]> {
    const stored = await this.store.getItems(this.conversationId, limit === undefined ? {} : { limit });
    return stored.map((s) => s.item);
  }

  async addItems(items: AgentInputItem[]): Promise<void> {
    const agent = this.options.agent ?? null;
    const turn = typeof this.options.turn === 'function' ? this.options.turn() : (this.options.turn ?? 0);
    await this.store.appendItems(
      this.conversationId,
      items.map((item) => ({ agent, item })),
      turn,
    );
  }

  async popItem(): Promise<AgentInputItem | undefined> {
    return (await this.store.popItem(this.conversationId))?.item;
  }

  async clearSession(): Promise<void> {
    await this.store.clearItems(this.conversationId);
  }
}
