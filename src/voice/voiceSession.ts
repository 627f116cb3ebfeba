import { RealtimeSession } from '@openai/agents-realtime';
import { DEFAULT_HUMAN_REPLY } from '../graph/humanNode.ts';
import type { NormalizedEdge } from '../graph/types.ts';
import { handoffHistoryOf } from '../runtime/handoffHistory.ts';
import type { ConversationPublisher, Switchboard } from '../runtime/switchboard.ts';
import type { TurnEvent } from '../runtime/turnState.ts';
import type { ConversationStatus } from '../store/types.ts';
import { sessionFormatOf } from './audioFormat.ts';
import { reopenForCall } from './callConversation.ts';
import type { CallerLeg } from './callerLeg.ts';
import { seedItemsFor } from './callHistory.ts';
import { CallRecorder } from './callRecorder.ts';
import { CallTracer } from './callTracer.ts';
import { graphToRealtime, type RealtimeNode } from './graphToRealtime.ts';
import { MediaRealtimeTransport, type WireTap } from './mediaTransport.ts';
import { RealtimeEventRouter } from './realtimeEventRouter.ts';
import { filterRealtimeHistory } from './realtimeInputFilter.ts';
import { ToolCallDispatcher } from './toolCallDispatcher.ts';
import { TurnTools } from './turnTools.ts';
import { DEFAULT_REALTIME_URL, realtimeUrlFor, type VoiceConfig } from './voiceConfig.ts';

export type VoiceSessionOptions = {
  switchboard: Switchboard;
  config: VoiceConfig;
  leg: CallerLeg;
  channel: 'phone' | 'browser';
  /** Continue this conversation (e.g. a chat that moves to voice); otherwise a new one is created. */
  conversationId?: string;
  context?: Record<string, unknown>;
  /** The call's tenant: a new conversation gets it; an existing one must have it (else "not found"). */
  tenant?: string | null;
  /** Stored with the `voice.started` event (call sid, stream sid…). */
  details?: Record<string, unknown>;
  /** Where live events go; defaults to the Switchboard's own subscribers (the server's live hub). */
  publish?: ConversationPublisher;
  onEvent?: (event: TurnEvent) => void;
  /** The session ended on its own (the Realtime connection dropped). */
  onEnded?: (reason: string) => void;
  onWire?: WireTap;
  humanReply?: string;
};

const DTMF_PAUSE_MS = 1200;

/**
 * One call over one RealtimeSession, with Switchboard's guarantees around it: the graph's agents as
 * RealtimeAgents, every tool and transfer call governed (ToolCallDispatcher), handoffs applied in
 * place with `session.update` (the connection never drops) and their input filter applied to the live
 * conversation, per-agent voices until the first audio, and the call persisted turn by turn into the
 * conversation tables (CallRecorder) so it is visible live and can continue as a chat.
 */
export class VoiceSession {
  readonly session: RealtimeSession;
  readonly transport: MediaRealtimeTransport;
  /** Realtime API error events seen on this call (the session stays open after them). */
  readonly realtimeErrors: { code: string; message: string }[] = [];
  private current: string;
  private router!: RealtimeEventRouter;
  private digits = '';
  private digitTimer: ReturnType<typeof setTimeout> | null = null;
  private ending: Promise<ConversationStatus> | null = null;
  /** Keeps the session's tools those of the turn being answered (turnTools.ts). */
  private readonly tools: TurnTools;
  private readonly startedAt = Date.now();
  private markFinished!: (status: ConversationStatus) => void;
  /** Resolves once the call has ended, its last turn and final status are written and it is analysed. */
  readonly finished = new Promise<ConversationStatus>((resolve) => {
    this.markFinished = resolve;
  });

  private constructor(
    private readonly options: VoiceSessionOptions,
    readonly recorder: CallRecorder,
    nodes: Map<string, RealtimeNode>,
    private readonly dispatcher: ToolCallDispatcher,
    transport: MediaRealtimeTransport,
    session: RealtimeSession,
    lookahead: { on: boolean },
  ) {
    this.transport = transport;
    this.session = session;
    this.current = recorder.activeAgent;
    this.tools = new TurnTools({
      graph: options.switchboard.graph,
      session,
      transport,
      recorder,
      nodes,
      lookahead,
      currentAgent: () => this.current,
      ended: () => this.ending !== null,
      onError: (error) => this.fail(error),
    });
  }

  static async start(options: VoiceSessionOptions): Promise<VoiceSession> {
    const { switchboard: sb, config } = options;
    const graph = sb.graph;
    const record = options.conversationId
      ? await reopenForCall(sb, options.conversationId, options.tenant)
      : await sb.createConversation({ context: options.context, tenant: options.tenant ?? null });
    const parsed = graph.contextSchema.safeParse(record.context);
    const state = (parsed.success ? parsed.data : { ...record.context }) as Record<string, unknown>;
    const handoffs = await handoffHistoryOf(sb.store, record, graph.entry);
    const view = {
      conversationId: record.id,
      handoffCount: record.handoffCount,
      rerouteCount: handoffs.reroutes,
      entry: graph.entry,
      toolCallCount: record.toolCallCount,
      turn: record.turnCount + 1,
      lastHandoff: handoffs.last,
      state,
    };
    const transport = new MediaRealtimeTransport({
      leg: options.leg,
      url: realtimeUrlFor(config),
      apiKey: apiKeyFor(config),
      onWire: options.onWire,
    });
    const tracer = new CallTracer({
      store: sb.store,
      conversationId: record.id,
      graph: graph.name,
      tenant: record.tenant,
      channel: options.channel,
      model: config.model,
      transport,
    });
    const publish: ConversationPublisher = options.publish ?? ((id, event) => sb.publish(id, event));
    const listener = (event: TurnEvent) => {
      tracer.observe(event);
      publish(record.id, event);
      options.onEvent?.(event);
    };
    let self: VoiceSession | undefined;
    const lookahead = { on: false };
    const recorder = new CallRecorder(
      graph,
      sb.store,
      record,
      state,
      view,
      listener,
      (error) => self?.fail(error),
      tracer,
    );
    const nodes = graphToRealtime({
      graph,
      state: () => state,
      // While the caller speaks, the transfers offered are those of their coming turn (see turnTools.ts).
      view: () => (lookahead.on ? { ...view, turn: recorder.nextTurn } : view),
      voiceOf: (agent) => config.agentVoices[agent] ?? config.defaultVoice,
      humanReply: options.humanReply ?? DEFAULT_HUMAN_REPLY,
    });
    const format = sessionFormatOf(options.leg.format);
    const session = new RealtimeSession(nodes.get(recorder.activeAgent)!.agent as any, {
      transport,
      model: config.model,
      tracingDisabled: process.env.SWITCHBOARD_OPENAI_TRACING !== '1',
      config: {
        outputModalities: ['audio'],
        audio: {
          input: {
            format,
            transcription: { model: 'gpt-4o-mini-transcribe' },
            turnDetection: {
              type: 'server_vad',
              threshold: config.turnDetection.threshold,
              prefixPaddingMs: config.turnDetection.prefixPaddingMs,
              silenceDurationMs: config.turnDetection.silenceDurationMs,
              createResponse: true,
              // Switchboard cancels on barge-in itself, after clearing the caller's playback.
              interruptResponse: false,
            },
          },
          output: { format },
        },
      },
    });
    const dispatcher = new ToolCallDispatcher({
      graph,
      nodes,
      recorder,
      transport,
      runContext: session.context,
      agentOfResponse: (id) => self!.router.agentOfResponse(id),
      switchTo: (target, edge, inFlight) => self!.switchTo(target, edge, inFlight),
      filler: { afterMs: config.fillerAfterMs, text: config.fillerText },
      tracer,
      approvals: {
        store: sb.store,
        settings: {
          holdMs: config.approvalHoldMs,
          pollMs: 250,
          callerNumber: typeof options.details?.from === 'string' ? options.details.from : null,
        },
        live: () => !!self && !self.ended,
      },
      onError: (error) => self?.fail(error),
    });
    self = new VoiceSession(options, recorder, nodes, dispatcher, transport, session, lookahead);
    transport.functionCallHandler = (call) => dispatcher.handle(call);
    self.listen();
    recorder.event('voice.started', {
      channel: options.channel,
      agent: recorder.activeAgent,
      format: options.leg.format,
      ...(options.details ?? {}),
    });
    await session.connect({ apiKey: apiKeyFor(config), url: realtimeUrlFor(config) });
    await self.tools.connected();
    if (record.turnCount > 0) await self.seedHistory();
    else if (config.greet) transport.requestResponse();
    return self;
  }

  get conversationId(): string {
    return this.recorder.conversationId;
  }

  /** The agent speaking for the call now. */
  get activeAgent(): string {
    return this.current;
  }

  get ended(): boolean {
    return this.ending !== null;
  }

  /** The caller's side of the call (telephony plays DTMF tones into it: src/telephony/dtmfTool.ts). */
  get leg(): CallerLeg {
    return this.options.leg;
  }

  /** Caller audio, in the leg's format. */
  sendAudio(audio: Uint8Array): void {
    if (this.ending || this.transport.status !== 'connected') return;
    this.transport.sendAudio(
      audio.buffer.slice(audio.byteOffset, audio.byteOffset + audio.byteLength) as ArrayBuffer,
    );
  }

  /**
   * A keypad digit. Digits are gathered until `#` or a short pause and given to the agent as one
   * caller message (`[keypad] 1234`), so an account number arrives whole.
   */
  sendDtmf(digit: string): void {
    if (this.ending) return;
    if (digit !== '#') this.digits += digit;
    if (this.digitTimer) clearTimeout(this.digitTimer);
    this.digitTimer = null;
    if (digit === '#') this.flushDigits();
    else this.digitTimer = setTimeout(() => this.flushDigits(), DTMF_PAUSE_MS);
  }

  /**
   * Ends the call, once whoever asks first (the caller hanging up, the Realtime connection dropping, a
   * shutdown): pending keypad input and the current turn are written, then the final status, then the
   * post-conversation analysis. `ending` is set before anything runs, because closing the session emits
   * `disconnected` synchronously and that handler must already see the call ending.
   */
  end(reason: string): Promise<ConversationStatus> {
    if (!this.ending) {
      let resolve!: (status: ConversationStatus) => void;
      this.ending = new Promise((r) => {
        resolve = r;
      });
      void this.finish(reason).then(resolve);
    }
    return this.ending;
  }

  private async finish(reason: string): Promise<ConversationStatus> {
    if (this.digitTimer) clearTimeout(this.digitTimer);
    this.router.playback.cancel();
    this.recorder.event('voice.ended', { reason, durationMs: Date.now() - this.startedAt });
    try {
      this.session.close();
    } catch (error) {
      this.fail(error);
    }
    let status: ConversationStatus = 'active';
    try {
      status = await this.recorder.end();
    } catch (error) {
      this.fail(error);
    }
    // The caller is told the call ended without waiting for the analysis; `finished` (what a server
    // shutting down waits for) includes it.
    void this.analyze(status).finally(() => this.markFinished(status));
    return status;
  }

  /**
   * Sentiment and lead score, as when a chat is ended (the status is not set again: a chat message may
   * already have reopened the conversation). A call left with a person owed a reply is not over.
   */
  private async analyze(status: ConversationStatus): Promise<void> {
    if (status !== 'ended') return;
    await this.options.switchboard.analyzeEnded(this.conversationId).catch((error) => this.fail(error));
  }

  private flushDigits(): void {
    this.digitTimer = null;
    if (!this.digits || this.transport.status !== 'connected') return;
    const text = `[keypad] ${this.digits}`;
    this.recorder.event('voice.dtmf', { digits: this.digits });
    this.digits = '';
    this.router.playback.cancel();
    this.recorder.startTurn(null, text);
    this.dispatcher.newTurn();
    this.session.sendMessage(text);
  }

  private listen(): void {
    this.router = new RealtimeEventRouter({
      transport: this.transport,
      leg: this.options.leg,
      recorder: this.recorder,
      dispatcher: () => this.dispatcher,
      currentAgent: () => this.current,
      onSpeechStarted: () => this.tools.speechStarted(),
      onCallerTurn: (owed) => this.tools.callerTurn(owed),
      answerTurn: () => this.tools.answerTurn(),
      onRealtimeError: (code, message) => {
        this.realtimeErrors.push({ code, message });
        this.recorder.event('voice.error', { code, message });
      },
      onDisconnected: () => {
        if (this.ending) return;
        void this.end('realtime_disconnected');
        this.options.onEnded?.('realtime_disconnected');
      },
    });
  }

  /** Input filter of the edge on the live conversation, then the new agent's instructions and tools. */
  private async switchTo(
    target: string,
    edge: NormalizedEdge | null,
    inFlightItemId: string | null,
  ): Promise<void> {
    if (edge && edge.inputFilter !== 'full') {
      const protect = new Set([...this.router.fillerItems, ...(inFlightItemId ? [inFlightItemId] : [])]);
      const before = this.session.history;
      const next = filterRealtimeHistory(edge.inputFilter, before, protect);
      if (next) {
        this.session.updateHistory(next);
        const kept = new Set(next.map((i) => i.itemId));
        this.recorder.event('voice.input_filter', {
          from: edge.from,
          to: edge.to,
          filter: edge.inputFilter,
          removed: before.filter((i) => !kept.has(i.itemId)).length,
          summarized: next.some((i) => i.itemId.startsWith('sb_summary_')),
        });
      }
    }
    this.current = target;
    this.recorder.activeAgent = target;
    await this.tools.switched();
  }

  /** A conversation that continues by voice: the model hears its recent turns as text. */
  private async seedHistory(): Promise<void> {
    const items = await seedItemsFor(this.options.switchboard, this.conversationId);
    if (items.length > 0) this.session.updateHistory(items);
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.realtimeErrors.push({ code: 'switchboard', message });
    if (process.env.SWITCHBOARD_DEBUG === '1') console.error('voice session error:', error);
  }
}

function apiKeyFor(config: VoiceConfig): string {
  if (config.apiKey) return config.apiKey;
  if (config.realtimeUrl.startsWith(DEFAULT_REALTIME_URL))
    throw new Error('OPENAI_API_KEY is required for voice calls on the OpenAI Realtime API');
  return 'local'; // a local Realtime server (tests, the double) needs a bearer, not a real key
}
