import type { ConversationPublisher, Switchboard } from '../../runtime/switchboard.ts';
import type { TurnEvent, TurnEventMap, VoiceEventName } from '../../runtime/turnEvents.ts';
import type { ConversationStatus } from '../../store/types.ts';
import { startVoiceTurnTrace } from '../../tracing/voiceTurnTrace.ts';
import { decodeAudio, encodeAudio, sampleRateOf } from '../audioFormat.ts';
import type { CallerLeg } from '../callerLeg.ts';
import { type ResolvedVoice, resolveAgentVoices } from './agentVoices.ts';
import { CallAudioBuffer } from './callAudioBuffer.ts';
import { sileroOrEnergyTurnDetector } from './sileroTurnDetector.ts';
import type { CascadedSetup } from './speechSetup.ts';
import { storeGreeting, truncateStoredReply } from './spokenHistory.ts';
import { SpokenReply } from './spokenReply.ts';
import { sentencesOf, speechOf } from './textToSpeech.ts';
import { DEFAULT_TURN_DETECTION, type TurnDetector } from './turnDetector.ts';

/** Per-turn stage latencies, milliseconds of wall clock from the end of the caller's speech (VAD end). */
export type CascadedTurnMetrics = TurnEventMap['voice.turn_latency'];

const CHUNK_MS = 100;

/**
 * A call on the cascaded pipeline: VAD → speech-to-text → the normal chat turn (`Switchboard.send`,
 * the same path as chat: handoffs, tools, policy, store, traces) → text-to-speech in the answering
 * agent's own voice, streamed sentence by sentence to the caller leg. Barge-in: caller speech while
 * the agent is heard clears the leg, stops the synthesis, and the stored reply is cut to the words
 * the caller heard (from the leg's mark echoes).
 */
export class CascadedCall {
  readonly metrics: CascadedTurnMetrics[] = [];
  private readonly voices: Map<string, ResolvedVoice>;
  private readonly buffer: CallAudioBuffer;
  private utteranceStartMs = 0;
  private utterances = 0;
  private reply: SpokenReply | null = null;
  private queue: Promise<void> = Promise.resolve();
  private vadQueue: Promise<void> = Promise.resolve();
  private ended = false;
  private markFinished!: () => void;
  readonly finished = new Promise<void>((resolve) => {
    this.markFinished = resolve;
  });

  private constructor(
    private readonly sb: Switchboard,
    readonly conversationId: string,
    private readonly leg: CallerLeg,
    private readonly setup: CascadedSetup,
    private readonly detector: TurnDetector,
    private readonly publish: ConversationPublisher,
    private readonly tenant: string | null,
    private readonly onEvent: ((event: TurnEvent) => void) | undefined,
    private current: string,
  ) {
    this.voices = resolveAgentVoices(sb.graph.agents);
    this.buffer = new CallAudioBuffer(sampleRateOf(leg.format));
  }

  static async start(options: {
    switchboard: Switchboard;
    leg: CallerLeg;
    setup: CascadedSetup;
    greet: boolean;
    conversationId?: string;
    /** Known context of a new conversation (as a chat's first message could carry it). */
    context?: Record<string, unknown>;
    tenant?: string | null;
    publish?: ConversationPublisher;
    /** Every live event of the call (the chat turn's and `voice.*`), as the browser relay forwards them. */
    onEvent?: (event: TurnEvent) => void;
  }): Promise<CascadedCall> {
    const sb = options.switchboard;
    const record = options.conversationId
      ? await sb.getConversation(options.conversationId)
      : await sb.createConversation({ context: options.context, tenant: options.tenant ?? null });
    const settings = { ...DEFAULT_TURN_DETECTION, ...options.setup.turnDetection };
    const rate = sampleRateOf(options.leg.format);
    const detector = await (options.setup.detector ?? sileroOrEnergyTurnDetector)(rate, settings);
    const call = new CascadedCall(
      sb,
      record.id,
      options.leg,
      options.setup,
      detector,
      options.publish ?? ((id, event) => sb.publish(id, event)),
      record.tenant,
      options.onEvent,
      record.activeAgent,
    );
    call.emit('voice.started', {
      pipeline: 'cascaded',
      stt: options.setup.stt.name,
      tts: options.setup.tts.name,
      vad: detector.name,
    });
    // A phone greeting in the active agent's voice, playing as the call connects. It is stored as the
    // call's first turn, as on a Realtime call: the history shows what the caller heard (cut at a
    // barge-in like any reply), and the model answering the caller sees it.
    const greeting = sb.graph.agents.find((a) => a.name === record.activeAgent)?.responses?.greeting;
    if (options.greet && greeting && !options.conversationId) {
      const turn = await storeGreeting(sb.store, record, record.activeAgent, greeting);
      // Spoken in the call's queue, not awaited: the call is live (the caller's audio reaches the VAD)
      // while the greeting is synthesized, and the caller's first turn waits for it.
      call.queue = call.queue
        .then(() => call.speak(greeting, record.activeAgent, turn))
        .then(
          () => undefined,
          (error: Error) => call.emit('voice.error', { stage: 'greeting', message: error.message }),
        );
    }
    return call;
  }

  /** The agent answering the caller now (its voice is the one heard). */
  get activeAgent(): string {
    return this.current;
  }

  /** The caller's audio in the leg's format. */
  sendAudio(bytes: Uint8Array): void {
    if (this.ended) return;
    const samples = decodeAudio(this.leg.format, bytes);
    this.buffer.append(samples);
    // The VAD may be asynchronous (Silero on onnxruntime): frames are detected strictly in order.
    this.vadQueue = this.vadQueue.then(async () => {
      for (const event of await this.detector.push(samples)) {
        if (event.type === 'speech_started') {
          this.utteranceStartMs = event.audioStartMs;
          this.bargeIn();
        } else {
          const audio = this.buffer.slice(this.utteranceStartMs, event.audioEndMs);
          this.buffer.dropBefore(event.audioEndMs);
          const vadEndAt = performance.now();
          this.queue = this.queue.then(() => this.turn(audio, vadEndAt));
        }
      }
    });
  }

  /** Keypad digits reach the agent as a turn of their own (`[keypad] 1234`). */
  sendDtmf(digit: string): void {
    const at = performance.now();
    this.queue = this.queue.then(() => this.respond(`[keypad] ${digit}`, at, 0));
  }

  /** Ends the call once (later calls wait for the whole ending); resolves with the conversation's final status. */
  async end(reason: string): Promise<ConversationStatus> {
    if (this.ended) {
      await this.finished;
      return (await this.sb.store.getConversation(this.conversationId))?.status ?? 'ended';
    }
    this.ended = true;
    if (this.reply) this.reply.cancelled = true;
    await this.vadQueue.catch(() => undefined);
    await this.queue.catch(() => undefined);
    await this.detector.close?.();
    const record = await this.sb.store.getConversation(this.conversationId);
    if (record?.status === 'active') await this.sb.store.setStatus(this.conversationId, 'ended');
    const status = record?.status === 'active' ? 'ended' : (record?.status ?? 'ended');
    this.emit('voice.ended', { reason, turns: this.metrics.length });
    // Sentiment and lead score as for a Realtime call or an ended chat (not for a call left with a
    // person owed a reply); the caller is told at once, `finished` waits for the analysis.
    const analysis = status === 'ended' ? this.sb.analyzeEnded(this.conversationId) : Promise.resolve();
    void analysis.catch(() => undefined).finally(() => this.markFinished());
    return status;
  }

  private emit<K extends VoiceEventName>(type: K, data: TurnEventMap[K]): void {
    const event = { type, turn: this.metrics.length, data } as TurnEvent;
    this.publish(this.conversationId, event);
    this.onEvent?.(event);
  }

  private async turn(audio: Int16Array, vadEndAt: number): Promise<void> {
    if (this.ended) return;
    this.utterances += 1;
    const record = await this.sb.store.getConversation(this.conversationId);
    const language = this.voices.get(record?.activeAgent ?? '')?.language;
    const text = await this.setup.stt
      .transcribe({
        samples: audio,
        sampleRate: sampleRateOf(this.leg.format),
        turn: this.utterances,
        language,
      })
      .catch((error: Error) => {
        // The caller is not left in silence: the agent hears that the words were lost and can ask again.
        this.emit('voice.error', { stage: 'stt', message: error.message });
        return '';
      });
    await this.respond(text || '[unintelligible]', vadEndAt, performance.now() - vadEndAt);
  }

  private async respond(text: string, vadEndAt: number, sttMs: number): Promise<void> {
    if (this.ended) return;
    const sendAt = performance.now();
    let handoffAt: number | null = null;
    const result = await this.sb
      .send(this.conversationId, text, {
        onEvent: (event: TurnEvent) => {
          if (event.type === 'handoff' && handoffAt === null) handoffAt = performance.now();
          this.onEvent?.(event);
        },
      })
      .catch((error: Error) => {
        this.emit('voice.error', { stage: 'turn', message: error.message });
        return null;
      });
    if (!result) return;
    this.current = result.agent;
    const turnMs = performance.now() - sendAt;
    const spoken = await this.speak(result.reply, result.agent, result.turn);
    const metrics: CascadedTurnMetrics = {
      turn: result.turn,
      agent: result.agent,
      said: text,
      reply: result.reply,
      handoffs: result.handoffs.filter((h) => h.kind === 'handoff').map((h) => `${h.from}>${h.to}`),
      sttMs: Math.round(sttMs),
      turnMs: Math.round(turnMs),
      handoffMs: handoffAt === null ? null : Math.round(handoffAt - vadEndAt),
      ttsFirstMs: spoken.ttsFirstMs === null ? null : Math.round(spoken.ttsFirstMs),
      firstAudioMs: spoken.firstAudioAt === null ? null : Math.round(spoken.firstAudioAt - vadEndAt),
      bargeIn: spoken.cutOff,
    };
    this.metrics.push(metrics);
    this.emit('voice.turn_latency', metrics);
    await this.traceStages(metrics, result.handoffs);
  }

  /**
   * The voice side of the turn as a `switchboard.voice_turn` trace (metadata `pipeline: cascaded`)
   * beside the chat turn's own trace: the handoffs the caller heard as voice changes, and a
   * `voice.stages` span with the stage latencies.
   */
  private async traceStages(
    metrics: CascadedTurnMetrics,
    handoffs: { from: string; to: string; kind: string }[],
  ) {
    const done = handoffs.filter((h) => h.kind === 'handoff');
    const trace = await startVoiceTurnTrace({
      conversationId: this.conversationId,
      turn: metrics.turn,
      graph: this.sb.graph.name,
      tenant: this.tenant,
      store: this.sb.store,
      agent: done[0]?.from ?? metrics.agent,
      channel: 'phone',
      metadata: { pipeline: 'cascaded' },
    });
    for (const h of done) trace.handoff(h.from, h.to);
    const { said: _said, reply: _reply, ...stages } = metrics;
    trace.event('voice.stages', stages);
    await trace.end();
  }

  /** Synthesizes and streams `text` sentence by sentence; stops at a barge-in. */
  private async speak(
    text: string,
    agent: string,
    turn: number,
  ): Promise<{ ttsFirstMs: number | null; firstAudioAt: number | null; cutOff: boolean }> {
    const voice = this.voices.get(agent) ?? resolveAgentVoices([{ name: agent }]).get(agent)!;
    const reply = new SpokenReply(`reply_${turn}_${agent}`, turn, agent, text);
    this.reply = reply;
    const rate = sampleRateOf(this.leg.format);
    let ttsFirstMs: number | null = null;
    let firstAudioAt: number | null = null;
    for (const sentence of sentencesOf(text)) {
      if (reply.cancelled) break;
      const started = performance.now();
      let sentenceMs = 0;
      try {
        // Streamed where the endpoint streams (audio plays as it arrives), else the sentence at once.
        for await (const samples of speechOf(this.setup.tts, sentence, voice, rate)) {
          if (reply.cancelled) break;
          ttsFirstMs ??= performance.now() - started;
          this.play(samples, reply.itemId);
          firstAudioAt ??= performance.now();
          sentenceMs += (samples.length / rate) * 1000;
        }
      } catch (error) {
        this.emit('voice.error', { stage: 'tts', message: (error as Error).message });
        break;
      }
      // A sentence cut while it streamed counts by the audio sent, so the stored words err short.
      if (sentenceMs > 0) reply.sent(sentence, sentenceMs);
      if (reply.cancelled) break;
    }
    reply.synthesisDone = true;
    return { ttsFirstMs, firstAudioAt, cutOff: reply.cancelled };
  }

  private play(samples: Int16Array, itemId: string): void {
    const bytes = encodeAudio(this.leg.format, samples);
    const rate = sampleRateOf(this.leg.format);
    const chunk = Math.round((rate * (this.leg.format === 'audio/pcm' ? 2 : 1) * CHUNK_MS) / 1000);
    for (let i = 0; i < bytes.byteLength; i += chunk) this.leg.play(bytes.subarray(i, i + chunk), itemId);
  }

  /** Caller speech over the agent: stop speaking and keep in the history only what was heard. */
  private bargeIn(): void {
    const reply = this.reply;
    if (!reply || reply.cancelled) return;
    const heardMs = this.leg.playedMs(reply.itemId) ?? reply.sentMs;
    if (reply.synthesisDone && heardMs >= reply.sentMs - 1) return;
    reply.cancelled = true;
    this.leg.clear();
    const heard = reply.heardText(heardMs);
    // Playback outlasts synthesis: the turn's metrics are usually written by now.
    const metrics = this.metrics.find((m) => m.turn === reply.turn);
    if (metrics) metrics.bargeIn = true;
    this.emit('voice.truncated', { turn: reply.turn, agent: reply.agent, heardMs: Math.round(heardMs) });
    this.queue = this.queue
      .then(() => truncateStoredReply(this.sb.store, this.conversationId, reply.turn, heard))
      .then(
        () => undefined,
        (error: Error) => this.emit('voice.error', { stage: 'truncate', message: error.message }),
      );
  }
}
