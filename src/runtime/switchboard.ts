import { createHash } from 'node:crypto';
import { analyzeConversation, analyzeEndedConversation } from '../analytics/analyzeConversation.ts';
import type { ConversationAnalyzer } from '../analytics/analyzers.ts';
import type { ConversationAnalysis } from '../analytics/types.ts';
import type { Graph } from '../graph/defineGraph.ts';
import { HUMAN_AGENT } from '../graph/types.ts';
import type { AgentModelFactory } from '../models/agentModels.ts';
import { type ApprovalDecision, type ApprovalRecord, approvalStoreFor } from '../store/approvals.ts';
import type { ConversationRecord, ConversationStore } from '../store/types.ts';
import { NotFoundError, turnCommitOf } from '../store/types.ts';
import { installTracing } from '../tracing/tracingSetup.ts';
import { liveApprovals, pendingApprovals } from './approvalPause.ts';
import { type CompiledGraph, compileGraph } from './compileGraph.ts';
import { reopenAfterCall } from './reopenAfterCall.ts';
import { resumeAfterDecisions } from './resumeApproval.ts';
import { assistantItem, runTurn, type TurnResult } from './runTurn.ts';
import type { TurnEvent, TurnListener } from './turnState.ts';

export class ConversationBusyError extends Error {
  constructor(id: string) {
    super(`a turn is already running on conversation ${id}`);
    this.name = 'ConversationBusyError';
  }
}

/**
 * The client named the turn it is sending (`expectedTurn`) and that turn is already committed: its
 * answer was lost (a crash, a dropped connection) and running the message again would duplicate it.
 */
export class TurnAlreadyCommittedError extends Error {
  constructor(
    readonly conversationId: string,
    readonly expectedTurn: number,
    readonly turnCount: number,
  ) {
    super(
      expectedTurn <= turnCount
        ? `turn ${expectedTurn} of conversation ${conversationId} is already committed (the conversation is at turn ${turnCount}); read it instead of sending again`
        : `turn ${expectedTurn} cannot be next: conversation ${conversationId} is at turn ${turnCount}`,
    );
    this.name = 'TurnAlreadyCommittedError';
  }
}

/** A decision contradicts the one already taken (approve after deny, or the reverse). */
export class ApprovalConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApprovalConflictError';
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
  /** Scores an ended conversation; default the configured LLM or the lexical scorer; `null` = no analysis. */
  analyzer?: ConversationAnalyzer | null;
};

export type ConversationEvent = TurnEvent & { conversationId: string };
/** Where a conversation's live events go (by default `Switchboard.publish`). */
export type ConversationPublisher = (conversationId: string, event: TurnEvent) => void;

/*
 * Our processors replace the SDK's default one at load, so hosted export to OpenAI stays off unless
 * SWITCHBOARD_OPENAI_TRACING=1; turn traces go to the store (and to OTLP when configured).
 */
installTracing();

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
    private readonly analyzer: ConversationAnalyzer | null | undefined,
  ) {}

  static async create(options: SwitchboardOptions): Promise<Switchboard> {
    const { graph, store } = options;
    installTracing(); // again: code loaded since may have switched SDK tracing off to silence hosted export
    if (graph.setupSql.length > 0) {
      const digest = createHash('sha256').update(graph.setupSql.join('\n')).digest('hex').slice(0, 12);
      await store.ensureSetup(`graph:${graph.name}:${digest}`, graph.setupSql);
    }
    return new Switchboard(
      graph,
      store,
      compileGraph(graph, options.models, options.humanReply),
      options.analyzer,
    );
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
    return this.ofThisGraph(id, await this.store.getConversation(id));
  }

  /** `record` when it is a conversation of this graph; a conversation of another graph is not found here. */
  private ofThisGraph(id: string, record: ConversationRecord | null): ConversationRecord {
    if (!record || record.graph !== this.graph.name) throw new NotFoundError(`conversation ${id}`);
    return record;
  }

  /** Runs one user turn. `onEvent` sees this turn's events as they happen (with `stream`, text deltas too). */
  async send(
    conversationId: string,
    text: string,
    opts: {
      stream?: boolean;
      onEvent?: TurnListener;
      /** The number this turn must get (turnCount + 1): a retry of a committed turn is refused, not run twice. */
      expectedTurn?: number;
    } = {},
  ): Promise<TurnResult> {
    if (typeof text !== 'string' || text.trim() === '')
      throw new InputError('text must be a non-empty string');
    if (text.length > 20_000) throw new InputError('text is longer than 20000 characters');
    return this.exclusive(conversationId, async () => {
      // The store directly, not getConversation: one async hop less on every turn. A SQL store reads
      // everything the turn needs in the same round trip.
      let loaded = this.store.loadTurn ? await this.store.loadTurn(conversationId) : null;
      let record = this.ofThisGraph(
        conversationId,
        loaded ? loaded.record : await this.store.getConversation(conversationId),
      );
      // Checked under the turn lock, so two retries racing on two nodes cannot both pass.
      if (opts.expectedTurn !== undefined && opts.expectedTurn !== record.turnCount + 1)
        throw new TurnAlreadyCommittedError(conversationId, opts.expectedTurn, record.turnCount);
      if (record.status === 'ended') {
        // A call ended it: the caller follows up in writing on the same conversation (its transcript,
        // agent and context kept). A conversation ended any other way stays closed.
        const reopened = await reopenAfterCall(this.store, record);
        if (!reopened) throw new InputError(`conversation ${conversationId} has ended`);
        record = reopened;
        loaded = null; // read before the reopen: the turn reads again
      }
      const listener: TurnListener = (event) => {
        opts.onEvent?.(event);
        this.publish(conversationId, event);
      };
      return runTurn(this.compiled, this.store, record, text, {
        stream: opts.stream,
        listener,
        loaded: loaded ?? undefined,
      });
    });
  }

  /**
   * A human operator answers a conversation parked in `awaiting_human`. The reply is stored as the
   * Human node's message (so agents see it in the history after a handback) and pushed to watchers.
   */
  async operatorReply(
    conversationId: string,
    text: string,
    operator = 'operator',
  ): Promise<ConversationRecord> {
    if (typeof text !== 'string' || text.trim() === '')
      throw new InputError('text must be a non-empty string');
    return this.exclusive(conversationId, async () => {
      const record = await this.getConversation(conversationId);
      if (record.status !== 'awaiting_human') {
        throw new InputError(
          `conversation ${conversationId} is not awaiting a human (status ${record.status})`,
        );
      }
      const committed = await this.store.commitTurn(
        turnCommitOf(record, record.turnCount, {
          items: [{ agent: HUMAN_AGENT, item: assistantItem(text) }],
          events: [
            { turn: record.turnCount, type: 'operator.message', data: { operator, length: text.length } },
          ],
        }),
      );
      this.publish(conversationId, {
        type: 'turn.completed',
        turn: record.turnCount,
        data: { agent: HUMAN_AGENT, reply: text, status: committed.status },
      });
      return committed;
    });
  }

  /** The operator hands the conversation back to an agent of the graph; the next user message goes to it. */
  async handBack(
    conversationId: string,
    agent: string,
    reason = 'operator handed the conversation back',
  ): Promise<ConversationRecord> {
    const target = this.graph.byName.get(agent);
    if (!target || target.human) throw new InputError(`unknown agent "${agent}" in graph ${this.graph.name}`);
    return this.exclusive(conversationId, async () => {
      const record = await this.getConversation(conversationId);
      if (record.status === 'ended') throw new InputError(`conversation ${conversationId} has ended`);
      const handoff = {
        turn: record.turnCount,
        from: record.activeAgent,
        to: agent,
        reason,
        intent: 'operator.handback',
        kind: 'handoff' as const,
      };
      const committed = await this.store.commitTurn(
        turnCommitOf(record, record.turnCount, { handoffs: [handoff], activeAgent: agent, status: 'active' }),
      );
      const { turn: _turn, ...data } = handoff;
      this.publish(conversationId, {
        type: 'handoff',
        turn: record.turnCount,
        data: { ...data, intent: data.intent },
      });
      return committed;
    });
  }

  /**
   * Approvals of this graph's conversations waiting for a decision, oldest first. `tenant` scopes them
   * (`null`: conversations without a tenant); leave it out to see every tenant's.
   */
  async pendingApprovals(filter: { tenant?: string | null; limit?: number } = {}): Promise<ApprovalRecord[]> {
    return pendingApprovals(this.store, { ...filter, graph: this.graph.name });
  }

  /** One approval of this graph, if `tenant` (when given) may see it; otherwise not found, like a missing one. */
  async getApproval(id: string, tenant?: string | null): Promise<ApprovalRecord> {
    const approval = await (await approvalStoreFor(this.store)).get(id);
    if (
      !approval ||
      approval.graph !== this.graph.name ||
      (tenant !== undefined && approval.tenant !== tenant)
    )
      throw new NotFoundError(`approval ${id}`);
    return approval;
  }

  /**
   * A person decides a pending call (docs/approvals.md). The first decision wins, in the whole cluster;
   * the same decision sent again is harmless (it resumes the conversation if a crash cut the resume
   * short, and the ledger keeps the tool from running twice). Once every call the conversation waits
   * on is decided, the agent that asked runs again and tells the customer (`result`).
   */
  async decideApproval(
    id: string,
    decision: { status: ApprovalDecision; by: string; note?: string | null; tenant?: string | null },
  ): Promise<{ approval: ApprovalRecord; result: TurnResult | null }> {
    const asked = await this.getApproval(id, decision.tenant);
    return this.exclusive(asked.conversationId, async () => {
      const approvals = await approvalStoreFor(this.store);
      const note = decision.note?.trim() || null;
      const { record: approval } = await approvals.decide(id, {
        status: decision.status,
        by: decision.by,
        note,
      });
      if (!approval) throw new NotFoundError(`approval ${id}`);
      if (approval.status !== decision.status)
        throw new ApprovalConflictError(
          `approval ${id} was already ${approval.status} by ${approval.decidedBy} at ${approval.decidedAt?.toISOString()}`,
        );
      const record = await this.getConversation(approval.conversationId);
      const live = await liveApprovals(this.store, record);
      if (!live.some((a) => a.id === id) || live.some((a) => a.status === 'pending'))
        return { approval, result: null };
      const listener: TurnListener = (event) => this.publish(record.id, event);
      const result = await resumeAfterDecisions(this.compiled, this.store, record, live, listener);
      return { approval, result };
    });
  }

  /**
   * Hands `event` to this Switchboard's subscribers (the server's live hub): turns do so themselves;
   * calls and phone transfers publish what they add to a conversation the same way.
   */
  publish(conversationId: string, event: TurnEvent): void {
    for (const l of this.listeners) l({ ...event, conversationId });
  }

  /**
   * Runs `fn` as the only operation on the conversation in this process and, on a store shared by
   * several processes (PostgreSQL), in the whole cluster: the loser is refused at once, never queued.
   */
  private async exclusive<T>(conversationId: string, fn: () => Promise<T>): Promise<T> {
    if (this.running.has(conversationId)) throw new ConversationBusyError(conversationId);
    this.running.add(conversationId);
    try {
      if (!this.store.lockConversation) return await fn(); // one process owns the store: the set suffices
      const release = await this.store.lockConversation(conversationId);
      if (!release) throw new ConversationBusyError(conversationId);
      try {
        return await fn();
      } finally {
        await release();
      }
    } finally {
      this.running.delete(conversationId);
    }
  }

  /**
   * Ends the conversation. Like a turn it holds the conversation (in the cluster too), so a running
   * turn cannot commit `active` over it: while a turn runs, ending is refused as busy (HTTP 409).
   * The analysis runs after the lock is released: it reads, and may wait on an LLM.
   */
  async endConversation(conversationId: string): Promise<void> {
    await this.exclusive(conversationId, async () => {
      await this.getConversation(conversationId);
      await this.store.setStatus(conversationId, 'ended');
    });
    await this.analyzeEnded(conversationId);
  }

  /**
   * The post-conversation analysis of a conversation that has ended (here, or when its call ended):
   * sentiment and lead score are stored with it; a failure is logged, never raised.
   */
  async analyzeEnded(conversationId: string): Promise<void> {
    if (this.analyzer !== null) await analyzeEndedConversation(this.store, conversationId, this.analyzer);
  }

  /** Scores sentiment and lead now (on demand) and stores the result with the conversation. */
  async analyze(conversationId: string): Promise<ConversationAnalysis> {
    await this.getConversation(conversationId);
    return analyzeConversation(this.store, conversationId, { analyzer: this.analyzer ?? undefined });
  }
}
