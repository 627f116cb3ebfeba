import type { Switchboard } from '../../runtime/switchboard.ts';
import type { TurnEvent } from '../../runtime/turnState.ts';
import { startVoiceTurnTrace } from '../../tracing/voiceTurnTrace.ts';
import { decodeAudio, encodeAudio, sampleRateOf } from '../audioFormat.ts';
import type { CallerLeg } from '../callerLeg.ts';
import { type ConversationPublisher, publisherOf } from '../voiceSession.ts';
import { type ResolvedVoice, resolveAgentVoices } from './agentVoices.ts';
import { CallAudioBuffer } from './callAudioBuffer.ts';
import { sileroOrEnergyTurnDetector } from './sileroTurnDetector.ts';
import type { SpeechToText } from './speechToText.ts';
import { SpokenReply } from './spokenReply.ts';
import { sentencesOf, type TextToSpeech } from './textToSpeech.ts';
import { DEFAULT_TURN_DETECTION, type TurnDetectionSettings, type TurnDetector } from './turnDetector.ts';

/** What a cascaded call runs on: speech-to-text, text-to-speech, voice activity detection. */
export type CascadedSetup = {
  stt: SpeechToText;
  tts: TextToSpeech;
  /** The VAD of one call (default: Silero, energy if it cannot load); `settings` are the end-of-turn settings. */
  detector?: (sampleRate: number, settings: TurnDetectionSettings) => TurnDetector | Promise<TurnDetector>;
  turnDetection?: Partial<TurnDetectionSettings>;
};

/** Per-turn stage latencies, milliseconds of wall clock from the end of the caller's speech (VAD end). */
export type CascadedTurnMetrics = {
  turn: number;
  agent: string;
  said: string;
  reply: string;
  handoffs: string[];
  sttMs: number;
  /** The chat turn (`Switchboard.send`: handoffs, tools, policy, store). */
  turnMs: number;
  /** VAD end → the first handoff decided in the turn; null without a handoff. */
  handoffMs: number | null;
  /** The first sentence's synthesis. */
  ttsFirstMs: number | null;
  /** VAD end → first agent audio sent to the caller. */
  firstAudioMs: number | null;
  bargeIn: boolean;
};

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
    tenant?: string | null;
    publish?: ConversationPublisher;
  }): Promise<CascadedCall> {
    const sb = options.switchboard;
    const record = options.conversationId
      ? await sb.getConversation(options.conversationId)
      : await sb.createConversation({ tenant: options.tenant ?? null });
    const settings = { ...DEFAULT_TURN_DETECTION, ...options.setup.turnDetection };
    const rate = sampleRateOf(options.leg.format);
    const detector = await (options.setup.detector ?? sileroOrEnergyTurnDetector)(rate, settings);
    const call = new CascadedCall(
      sb,
      record.id,
      options.leg,
      options.setup,
      detector,
      options.publish ?? publisherOf(sb),
      record.tenant,
    );
    call.emit('voice.started', {
      pipeline: 'cascaded',
      stt: options.setup.stt.name,
      tts: options.setup.tts.name,
      vad: detector.name,
    });
    // A phone greeting in the active agent's voice, playing as the call connects; it is a prompt, not
    // a turn, so it is not stored.
    const greeting = sb.graph.agents.find((a) => a.name === record.activeAgent)?.responses?.greeting;
    if (options.greet && greeting && !options.conversationId)
      await call.speak(greeting, record.activeAgent, 0);
    return call;
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

  async end(reason: string): Promise<void> {
    if (this.ended) return this.finished;
    this.ended = true;
    if (this.reply) this.reply.cancelled = true;
    await this.vadQueue.catch(() => undefined);
    await this.queue.catch(() => undefined);
    await this.detector.close?.();
    const record = await this.sb.store.getConversation(this.conversationId);
    if (record?.status === 'active') await this.sb.store.setStatus(this.conversationId, 'ended');
    this.emit('voice.ended', { reason, turns: this.metrics.length });
    this.markFinished();
  }

  private emit(type: string, data: Record<string, unknown>): void {
    this.publish(this.conversationId, { type, turn: this.metrics.length, data });
  }

  private async turn(audio: Int16Array, vadEndAt: number): Promise<void> {
    if (this.ended) return;
    this.utterances += 1;
    const record = await this.sb.store.getConversation(this.conversationId);
    const language = this.voices.get(record?.activeAgent ?? '')?.language;
    const text = await this.setup.stt.transcribe({
      samples: audio,
      sampleRate: sampleRateOf(this.leg.format),
      turn: this.utterances,
      language,
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
        },
      })
      .catch((error: Error) => {
        this.emit('voice.error', { stage: 'turn', message: error.message });
        return null;
      });
    if (!result) return;
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
      const samples = await this.setup.tts.synthesize(sentence, voice, rate).catch((error: Error) => {
        this.emit('voice.error', { stage: 'tts', message: error.message });
        return null;
      });
      if (!samples || reply.cancelled) break;
      ttsFirstMs ??= performance.now() - started;
      const bytes = encodeAudio(this.leg.format, samples);
      const chunk = Math.round((rate * (this.leg.format === 'audio/pcm' ? 2 : 1) * CHUNK_MS) / 1000);
      for (let i = 0; i < bytes.byteLength; i += chunk)
        this.leg.play(bytes.subarray(i, i + chunk), reply.itemId);
      firstAudioAt ??= performance.now();
      reply.sent(sentence, (samples.length / rate) * 1000);
    }
    reply.synthesisDone = true;
    return { ttsFirstMs, firstAudioAt, cutOff: reply.cancelled };
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
    if (reply.turn > 0) this.queue = this.queue.then(() => this.truncateStored(reply, heard));
  }

  /** Replaces the stored reply of `reply.turn` (the conversation's last item) by the words heard. */
  private async truncateStored(reply: SpokenReply, heard: string): Promise<void> {
    const store = this.sb.store;
    const [last] = await store.getItems(this.conversationId, { limit: 1 });
    const item = last?.item as { role?: string; content?: unknown } | undefined;
    if (!last || last.turn !== reply.turn || item?.role !== 'assistant') return;
    const text = heard ? `${heard}…` : '…';
    const content = Array.isArray(item.content)
      ? item.content.map((part: { type?: string }) =>
          part.type === 'output_text' ? { ...part, text } : part,
        )
      : text;
    await store.popItem(this.conversationId);
    await store.appendItems(
      this.conversationId,
      [{ agent: last.agent, item: { ...item, content, status: 'incomplete' } as never }],
      last.turn,
    );
  }
}
