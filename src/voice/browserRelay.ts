import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { ConversationPublisher, Switchboard } from '../runtime/switchboard.ts';
import type { TurnEvent } from '../runtime/turnEvents.ts';
import type { VoiceAudioFormat } from './audioFormat.ts';
import type { CallerLeg } from './callerLeg.ts';
import { CascadedCall } from './cascaded/cascadedCall.ts';
import type { WireTap } from './mediaTransport.ts';
import type { VoiceConfig } from './voiceConfig.ts';
import { VoiceSession } from './voiceSession.ts';

/**
 * Browser voice relay protocol (WebSocket `/v1/voice/browser`, API key as for the other /v1 routes:
 * `Authorization: Bearer` or `?key=`). The OpenAI key never leaves the server. All frames are JSON text
 * except caller audio, which may also be sent as binary frames of raw audio.
 *
 * Browser → server
 *   {"type":"start","graph":"support","conversationId"?:"…","format"?:"pcm16"|"pcmu","context"?:{…},
 *    "pipeline"?:"realtime"|"cascaded"}   first, once (pipeline: else the graph's, else the server's default)
 *   {"type":"audio","audio":"<base64>"}   or a binary frame: caller audio (pcm16 = PCM16 LE mono 24 kHz; pcmu = G.711 µ-law 8 kHz)
 *   {"type":"played","itemId":"…","ms":1234}   optional: how much of an agent item has played (precise barge-in)
 *   {"type":"dtmf","digit":"5"}           optional keypad
 *   {"type":"stop"}                       hang up
 * Server → browser
 *   {"type":"ready","conversationId","agent","format","sampleRate"}
 *   {"type":"audio","itemId","audio":"<base64>"}          agent audio to play, in the call's format
 *   {"type":"clear"}                                      barge-in: stop playback and drop queued audio now
 *   {"type":"transcript","role":"user"|"assistant","agent","text","final"}   assistant deltas have final=false
 *   {"type":"handoff","from","to","reason","intent","kind"}                  a handoff marker
 *   {"type":"event","event":{type,turn,data}}             every other live event (tool calls, policy, voice.*)
 *   {"type":"ended","status","reason"}   then the socket closes
 *   {"type":"error","message"}            a refused frame; the call goes on unless it cannot start
 */
export const BrowserClientMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    graph: z.string().min(1).optional(),
    conversationId: z.string().min(1).optional(),
    format: z.enum(['pcm16', 'pcmu']).optional(),
    context: z.record(z.string(), z.unknown()).optional(),
    pipeline: z.enum(['realtime', 'cascaded']).optional(),
  }),
  z.object({ type: z.literal('audio'), audio: z.string() }),
  z.object({ type: z.literal('played'), itemId: z.string(), ms: z.number().nonnegative() }),
  z.object({ type: z.literal('dtmf'), digit: z.string().regex(/^[0-9*#]$/) }),
  z.object({ type: z.literal('stop') }),
]);

export type BrowserRelayDeps = {
  switchboardFor(graph: string | undefined): Switchboard;
  config: VoiceConfig;
  log: FastifyBaseLogger;
  tenant: string | null;
  /** The graph of a conversation the caller may continue (tenant checked, as the conversation routes do); null otherwise. */
  conversationGraph(conversationId: string): Promise<string | null>;
  publish?: ConversationPublisher;
  onWire?: WireTap;
  onSession?(session: VoiceSession): void;
  /** Sees every cascaded call once it is connected (the server ends them at shutdown). */
  onCascadedCall?(call: CascadedCall): void;
};

/** What the relay drives: a Realtime session or a cascaded call (STT → chat turn → TTS). */
type BrowserCall = {
  readonly conversationId: string;
  readonly activeAgent: string;
  sendAudio(bytes: Uint8Array): void;
  sendDtmf(digit: string): void;
  end(reason: string): Promise<string>;
};

const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

class BrowserLeg implements CallerLeg {
  private readonly played = new Map<string, number>();
  private reportsPlayback = false;
  onPlayed?: () => void;

  constructor(
    private readonly socket: WebSocket,
    readonly format: VoiceAudioFormat,
  ) {}

  play(audio: Uint8Array, itemId: string): void {
    send(this.socket, { type: 'audio', itemId, audio: Buffer.from(audio).toString('base64') });
  }

  clear(): void {
    send(this.socket, { type: 'clear' });
  }

  reportPlayed(itemId: string, ms: number): void {
    this.reportsPlayback = true;
    this.played.set(itemId, Math.max(this.played.get(itemId) ?? 0, ms));
    this.onPlayed?.();
  }

  playedMs(itemId: string): number | null {
    return this.reportsPlayback ? (this.played.get(itemId) ?? 0) : null;
  }
}

function send(socket: WebSocket, message: unknown): void {
  if (socket.readyState !== socket.OPEN) return;
  // A browser that stops reading is disconnected rather than buffered without bound.
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return void socket.close(1013, 'client too slow');
  socket.send(JSON.stringify(message));
}

/** Live events → the relay's messages: transcripts and handoff markers get their own shapes. */
export function relayMessageOf(event: TurnEvent): Record<string, unknown> {
  const data = event.data as Record<string, any>;
  switch (event.type) {
    case 'turn.started':
      return { type: 'transcript', role: 'user', agent: data.agent, text: data.text, final: true };
    case 'text.delta':
      return { type: 'transcript', role: 'assistant', agent: data.agent, text: data.delta, final: false };
    case 'turn.completed':
      return { type: 'transcript', role: 'assistant', agent: data.agent, text: data.reply, final: true };
    case 'handoff':
      return {
        type: 'handoff',
        from: data.from,
        to: data.to,
        reason: data.reason,
        intent: data.intent,
        kind: data.kind,
      };
    default:
      return { type: 'event', event };
  }
}

/**
 * Relays one browser socket to a call: a voice session over the server's Realtime connection, or on the
 * cascaded pipeline (the call's `pipeline`, else the graph's `voicePipeline`, else the server's default).
 */
export function relayBrowserCall(socket: WebSocket, deps: BrowserRelayDeps): void {
  let session: BrowserCall | null = null;
  let leg: BrowserLeg | null = null;
  let phase: 'waiting' | 'starting' | 'live' | 'ended' = 'waiting';
  const refuse = (message: string) => send(socket, { type: 'error', message });
  const startTimeoutMs = deps.config.streamStartTimeoutMs;
  const handshake = setTimeout(() => {
    if (phase !== 'waiting') return;
    phase = 'ended';
    refuse(`no start message within ${startTimeoutMs} ms`);
    socket.close(1008, `no start message within ${startTimeoutMs} ms`);
  }, startTimeoutMs);
  handshake.unref?.();

  const end = async (reason: string) => {
    if (phase === 'ended') return;
    phase = 'ended';
    const status = session ? await session.end(reason).catch(() => 'active') : null;
    send(socket, { type: 'ended', status, reason });
    socket.close(1000, reason);
  };

  const start = async (message: Extract<z.infer<typeof BrowserClientMessage>, { type: 'start' }>) => {
    phase = 'starting';
    clearTimeout(handshake);
    try {
      let graph = message.graph;
      if (message.conversationId) {
        const owner = await deps.conversationGraph(message.conversationId);
        if (!owner || (graph && graph !== owner))
          throw new Error(`conversation ${message.conversationId} not found`);
        graph = owner;
      }
      const sb = deps.switchboardFor(graph);
      leg = new BrowserLeg(socket, message.format === 'pcmu' ? 'audio/pcmu' : 'audio/pcm');
      const pipeline = message.pipeline || sb.graph.voicePipeline || deps.config.pipeline || 'realtime';
      if (pipeline === 'cascaded') {
        if (!deps.config.cascaded)
          throw new Error('cascaded call refused: no speech-to-text/text-to-speech configured on the server');
        session = await CascadedCall.start({
          switchboard: sb,
          leg,
          setup: deps.config.cascaded,
          greet: deps.config.greet,
          conversationId: message.conversationId,
          context: message.context,
          tenant: deps.tenant,
          publish: deps.publish,
          onEvent: (event) => send(socket, relayMessageOf(event)),
        });
        deps.onCascadedCall?.(session as CascadedCall);
      } else {
        const started = await VoiceSession.start({
          switchboard: sb,
          config: deps.config,
          leg,
          channel: 'browser',
          conversationId: message.conversationId,
          context: message.context,
          tenant: deps.tenant,
          publish: deps.publish,
          onWire: deps.onWire,
          onEvent: (event) => send(socket, relayMessageOf(event)),
          onEnded: (reason) => void end(reason),
        });
        deps.onSession?.(started);
        session = started;
      }
      if ((phase as string) === 'ended') return void session.end('client_left');
      phase = 'live';
      send(socket, {
        type: 'ready',
        conversationId: session.conversationId,
        agent: session.activeAgent,
        format: message.format ?? 'pcm16',
        sampleRate: leg.format === 'audio/pcmu' ? 8000 : 24000,
      });
    } catch (error) {
      deps.log.warn({ err: error }, 'browser voice: call could not start');
      refuse((error as Error).message);
      phase = 'ended';
      socket.close(1011, 'could not start the call');
    }
  };

  socket.on('message', (data, isBinary) => {
    try {
      if (isBinary) {
        if (phase === 'live') session!.sendAudio(new Uint8Array(data as Buffer));
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(data.toString());
      } catch {
        return refuse('frames must be JSON text (or binary audio)');
      }
      const parsed = BrowserClientMessage.safeParse(json);
      if (!parsed.success) return refuse(`invalid message: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
      const message = parsed.data;
      if (message.type === 'start') {
        if (phase !== 'waiting') return refuse('the call has already started');
        return void start(message);
      }
      if (message.type === 'stop') return void end('caller_hung_up');
      if (phase !== 'live') return refuse(`"${message.type}" before the call is ready`);
      if (message.type === 'audio') session!.sendAudio(new Uint8Array(Buffer.from(message.audio, 'base64')));
      else if (message.type === 'played') leg!.reportPlayed(message.itemId, message.ms);
      else session!.sendDtmf(message.digit);
    } catch (error) {
      deps.log.error({ err: error }, 'browser voice: frame handling failed');
    }
  });
  socket.on('close', () => {
    clearTimeout(handshake);
    void end('client_left');
  });
  socket.on('error', () => void end('socket_error'));
}
