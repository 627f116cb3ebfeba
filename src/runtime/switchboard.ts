import { createHash } from 'node:crypto';
import { setTracingDisabled } from '@openai/agents';
import type { Graph } from '../graph/defineGraph.ts';
import type { ConversationRecord, ConversationStore } from '../store/types.ts';
import { NotFoundError } from '../store/types.ts';
import { type AgentModelFactory, type CompiledGraph, compileGraph } from './compileGraph.ts';
import { runTurn, type TurnResult } from './runTurn.ts';
import type { TurnEvent, TurnListener } from './turnState.ts';

export class ConversationBusyError extends Error {
  constructor(id: string) {
    super(`a turn is already running on conversation ${id}`);
    this.name = 'ConversationBusyError';
  }
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export type SwitchboardOptions = {
  graph: Graph;
  store: ConversationStore;
  models: AgentModelFactory;
  humanReply?: string;
};

export type ConversationEvent = TurnEvent & { conversationId: string };

/** Hosted tracing export to OpenAI stays off unless the user opts in explicitly. */
if (process.env.SWITCHBOARD_OPENAI_TRACING !== '1') setTracingDisabled(true);

/**
 * One graph served over one store: creates conversations and runs their turns. Turns on the same
 * conversation never overlap in this process (a second one is refused); across processes the store's
 * version check refuses the loser, so nothing is ever half-written or interleaved.
 */
export class Switchboard {
  private readonly running = new Set<string>();
  private readonly listeners = new Set<(event: ConversationEvent) => void>();

  private constructor(
    readonly graph: Graph,
    readonly store: ConversationStore,
    private readonly compiled: CompiledGraph,
  ) {}

  static async create(options: SwitchboardOptions): Promise<Switchboard> {
    const { graph, store } = options;
    if (graph.setupSql.length > 0) {
      const digest = createHash('sha256').update(graph.setupSql.join('\n')).digest('hex').slice(0, 12);
      await store.ensureSetup(`graph:${graph.name}:${digest}`, graph.setupSql);
    }
    return new Switchboard(graph, store, compileGraph(graph, options.models, options.humanReply));
  }

  /** Live events of every conversation (handoffs, tool calls, text deltas…). Returns an unsubscribe function. */
  subscribe(listener: (event: ConversationEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async createConversation(
    input: { context?: Record<string, unknown>; tenant?: string | null; id?: string } = {},
  ): Promise<ConversationRecord> {
    const parsed = this.graph.contextSchema.safeParse(input.context ?? {});
    if (!parsed.success)
      throw new InputError(
        `invalid context: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    return this.store.createConversation({
      id: input.id,
      tenant: input.tenant ?? null,
      graph: this.graph.name,
      activeAgent: this.graph.entry,
      context: parsed.data as Record<string, unknown>,
    });
  }

  async getConversation(id: string): Promise<ConversationRecord> {
    const record = await this.store.getConversation(id);
    if (!record || record.graph !== this.graph.name) throw new NotFoundError(`conversation ${id}`);
    return record;
  }

  /** Runs one user turn. `onEvent` sees this turn's events as they happen (with `stream`, text deltas too). */
  async send(
    conversationId: string,
    text: string,
    opts: { stream?: boolean; onEvent?: TurnListener } = {},
  ): Promise<TurnResult> {
    if (typeof text !== 'string' || text.trim() === '')
      throw new InputError('text must be a non-empty string');
    if (text.length > 20_000) throw new InputError('text is longer than 20000 characters');
    if (this.running.has(conversationId)) throw new ConversationBusyError(conversationId);
    this.running.add(conversationId);
    try {
      const record = await this.getConversation(conversationId);
      if (record.status === 'ended') throw new InputError(`conversation ${conversationId} has ended`);
      const listener: TurnListener = (event) => {
        opts.onEvent?.(event);
        for (const l of this.listeners) l({ ...event, conversationId });
      };
      return await runTurn(this.compiled, this.store, record, text, { stream: opts.stream, listener });
    } finally {
      this.running.delete(conversationId);
    }
  }

  async endConversation(conversationId: string): Promise<void> {
    await this.getConversation(conversationId);
    await this.store.setStatus(conversationId, 'ended');
  }
}
