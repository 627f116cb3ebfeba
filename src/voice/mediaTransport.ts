import {
  OpenAIRealtimeWebSocket,
  type RealtimeSessionConfig,
  type TransportLayerAudio,
  type TransportToolCallEvent,
} from '@openai/agents-realtime';
import WebSocket from 'ws';
import { durationMs, sessionFormatOf } from './audioFormat.ts';
import type { CallerLeg } from './callerLeg.ts';

export type WireTap = (direction: 'in' | 'out', data: string, at: number) => void;

export type MediaTransportOptions = {
  leg: CallerLeg;
  /** Full Realtime URL (with `?model=`). */
  url: string;
  apiKey: string;
  /** Sees every frame on the Realtime socket (benchmarks measure handoff time with it). */
  onWire?: WireTap;
};

/** Emitted (as `switchboard.truncated`) when a barge-in cut an assistant item short. */
export type TruncationEvent = { itemId: string; audioEndMs: number; audioMs: number };
/** Emitted (as `switchboard.voice_kept`) when a session update asked for another voice after audio started. */
export type VoiceKeptEvent = { requested: string; kept: string };

/**
 * The Realtime WebSocket transport with what a phone or browser call needs on top of the SDK's:
 *
 * - the caller's audio format is written into every `session.update` (initial and each handoff), so the
 *   line can never fall back to 24 kHz PCM — the "static after handoff" failure;
 * - the voice is frozen at the first audio (the API refuses a change then) and a refused change is reported;
 * - agent audio goes straight to the caller leg;
 * - barge-in: `clear` to the leg, `response.cancel` for an active response, and
 *   `conversation.item.truncate` at the audio the caller actually heard (from the leg's mark echoes),
 *   not at the wall-clock time since the audio was generated;
 * - `create_response` of the server VAD follows `autoRespond`, and the server's effective setting is
 *   tracked (`serverAutoResponds`), so a turn that needs new tools is answered only after they are set;
 * - function calls can be taken over by Switchboard (`functionCallHandler`): the SDK session then never
 *   dispatches a tool itself, so policy, payload validation and unknown-tool corrections all apply.
 */
export class MediaRealtimeTransport extends OpenAIRealtimeWebSocket {
  functionCallHandler: ((call: TransportToolCallEvent) => void) | null = null;
  private readonly leg: CallerLeg;
  private readonly sentMs = new Map<string, number>();
  private readonly generationDone = new Set<string>();
  private contentIndex = 0;
  private requestedVoice: string | undefined;
  private lockedVoice: string | undefined;
  /**
   * `create_response` for the next session.update: whether the server may answer the caller's next
   * turn by itself. Off while that turn needs other tools than the session has (see VoiceSession).
   */
  autoRespond = true;
  /**
   * Whether the server answers a committed caller turn by itself, as of the last `session.updated`
   * received. Server events arrive in order, so read when `input_audio_buffer.committed` arrives it is
   * the setting that turn was committed under.
   */
  serverAutoResponds = true;

  constructor(options: MediaTransportOptions) {
    const onWire = options.onWire;
    super({
      url: options.url,
      apiKey: options.apiKey,
      createWebSocket: async ({ url, apiKey }) =>
        openSocket(
          url,
          { Authorization: `Bearer ${apiKey}`, ...this.getCommonRequestHeaders() },
          onWire,
        ) as any,
    });
    this.leg = options.leg;
    this.on('response.output_audio.delta', (event: { content_index: number }) => {
      this.contentIndex = event.content_index;
    });
    this.on('response.output_audio.done', (event: { item_id: string }) => {
      this.generationDone.add(event.item_id);
    });
    this.on('session.updated', (event: { session?: { audio?: { input?: { turn_detection?: any } } } }) => {
      const detection = event.session?.audio?.input?.turn_detection;
      this.serverAutoResponds = !!detection && detection.create_response !== false;
    });
  }

  /** The voice the caller hears, once the first audio has played; before that, undefined. */
  get frozenVoice(): string | undefined {
    return this.lockedVoice;
  }

  /** Milliseconds of `itemId` sent to the caller so far. */
  audioSentMs(itemId: string): number {
    return this.sentMs.get(itemId) ?? 0;
  }

  override emit(type: any, ...args: any[]): boolean {
    if (type === 'function_call' && this.functionCallHandler) {
      this.functionCallHandler(args[0] as TransportToolCallEvent);
      return true;
    }
    return super.emit(type as any, ...(args as any));
  }

  override updateSessionConfig(config: Partial<RealtimeSessionConfig>): void {
    const format = sessionFormatOf(this.leg.format);
    const given = config as Record<string, any>;
    const audio = (given.audio ?? {}) as Record<string, any>;
    const asked: string | undefined = audio.output?.voice ?? given.voice;
    let voice = asked;
    if (this.lockedVoice && asked && asked !== this.lockedVoice) {
      this.emit('switchboard.voice_kept', {
        requested: asked,
        kept: this.lockedVoice,
      } satisfies VoiceKeptEvent);
      voice = this.lockedVoice;
    }
    if (!this.lockedVoice) this.requestedVoice = voice ?? this.requestedVoice;
    // A legacy-shaped config (inputAudioFormat…) is pinned too: the SDK converts either shape.
    const legacy = 'inputAudioFormat' in given || 'outputAudioFormat' in given;
    const legacyFormat = this.leg.format === 'audio/pcmu' ? 'g711_ulaw' : 'pcm16';
    const detection = audio.input?.turnDetection;
    super.updateSessionConfig({
      ...given,
      ...(legacy ? { inputAudioFormat: legacyFormat, outputAudioFormat: legacyFormat } : {}),
      ...(voice ? { voice } : {}),
      audio: {
        ...audio,
        input: {
          ...audio.input,
          format,
          ...(detection ? { turnDetection: { ...detection, createResponse: this.autoRespond } } : {}),
        },
        output: { ...audio.output, format, ...(voice ? { voice } : {}) },
      },
    } as Partial<RealtimeSessionConfig>);
  }

  protected override _onAudio(event: TransportLayerAudio): void {
    const itemId = this.currentItemId ?? '';
    this.lockedVoice ??= this.requestedVoice;
    const bytes = new Uint8Array(event.data);
    this.sentMs.set(itemId, this.audioSentMs(itemId) + durationMs(this.leg.format, bytes.byteLength));
    this.leg.play(bytes, itemId);
    super._onAudio(event);
  }

  override _interrupt(elapsedTime: number, cancelOngoingResponse = true): void {
    const itemId = this.currentItemId;
    // Read before the clear: what played up to this instant (a clear forgets the playback in progress).
    const estimate = itemId ? (this.leg.heardMs?.(itemId) ?? this.leg.playedMs(itemId)) : null;
    if (cancelOngoingResponse) this._cancelResponse();
    this.leg.clear();
    this.emit('audio_interrupted');
    if (!itemId) return;
    const sent = this.audioSentMs(itemId);
    const heard = estimate ?? Math.min(elapsedTime, sent);
    const audioEndMs = Math.max(0, Math.floor(Math.min(heard, sent)));
    // Everything generated was heard: nothing to take back.
    if (this.generationDone.has(itemId) && audioEndMs >= Math.floor(sent)) return;
    this.sendEvent({
      type: 'conversation.item.truncate',
      item_id: itemId,
      content_index: this.contentIndex,
      audio_end_ms: audioEndMs,
    });
    this.emit('switchboard.truncated', { itemId, audioEndMs, audioMs: sent } satisfies TruncationEvent);
  }
}

/** A `ws` socket with the tap attached before the SDK adds its own listeners. */
function openSocket(url: string, headers: Record<string, string>, onWire?: WireTap): WebSocket {
  const socket = new WebSocket(url, { headers });
  if (onWire) {
    socket.on('message', (data) => onWire('in', data.toString(), performance.now()));
    const send = socket.send.bind(socket);
    socket.send = ((data: any, ...rest: any[]) => {
      onWire('out', String(data), performance.now());
      return (send as any)(data, ...rest);
    }) as typeof socket.send;
  }
  return socket;
}
