import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { ConversationPublisher, Switchboard } from '../runtime/switchboard.ts';
import { durationMs } from './audioFormat.ts';
import { type CallerLeg, MarkPlayout } from './callerLeg.ts';
import { CascadedCall } from './cascaded/cascadedCall.ts';
import type { WireTap } from './mediaTransport.ts';
import {
  decodeMediaPayload,
  parseTwilioFrame,
  type TwilioInboundMessage,
  twilioOutbound,
} from './twilioProtocol.ts';
import type { StreamTokenCheck } from './twilioStreamToken.ts';
import type { VoiceConfig } from './voiceConfig.ts';
import { VoiceSession } from './voiceSession.ts';

export type TwilioBridgeDeps = {
  switchboardFor(graph: string | undefined): Switchboard;
  config: VoiceConfig;
  log: FastifyBaseLogger;
  publish?: ConversationPublisher;
  onWire?: WireTap;
  /** Sees every call's VoiceSession once it is connected (the server tracks them for shutdown). */
  onSession?(session: VoiceSession): void;
  /** Sees every cascaded call once it is connected (the server ends them at shutdown). */
  onCascadedCall?(call: CascadedCall): void;
  /** Checks (and spends) the stream token of a `start` against its CallSid (twilioStreamToken.ts). */
  tokens: { check(token: string | undefined, callSid: string | undefined): Promise<StreamTokenCheck> };
};

/** Close code for a stream refused for what it sent (RFC 6455 "policy violation"). */
const REFUSED = 1008;

/** Audio a caller may send while the Realtime connection is still opening (10 s): kept, then forwarded. */
const MAX_EARLY_FRAMES = 500;
/** Past this many bad frames the stream is not Twilio (or is broken): it is closed, the call ended. */
const MAX_BAD_FRAMES = 50;

/** Agent audio to a Twilio stream: a `media` frame, then a mark that Twilio echoes once it has played. */
export class TwilioLeg implements CallerLeg {
  readonly format = 'audio/pcmu' as const;
  readonly playout = new MarkPlayout();
  onPlayed?: () => void;

  constructor(
    private readonly socket: WebSocket,
    private readonly streamSid: string,
  ) {}

  play(audio: Uint8Array, itemId: string): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(twilioOutbound.media(this.streamSid, audio));
    const mark = this.playout.recordSent(itemId, durationMs(this.format, audio.byteLength));
    this.socket.send(twilioOutbound.mark(this.streamSid, mark));
  }

  clear(): void {
    this.playout.clear();
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(twilioOutbound.clear(this.streamSid));
  }

  playedMs(itemId: string): number {
    return this.playout.playedMs(itemId);
  }

  heardMs(itemId: string): number {
    return this.playout.heardMs(itemId);
  }

  /** Twilio echoed a mark: the audio before it has played. */
  markEchoed(name: string): void {
    this.playout.echoed(name);
    this.onPlayed?.();
  }
}

/**
 * Bridges one Twilio Media Streams socket to a voice session. `start` opens the session once its stream
 * token checks out for its CallSid: graph, tenant and conversation come from the token only, never from
 * other `<Parameter>`s; a missing, forged, expired, spent or another call's token closes the stream
 * (1008, the reason says which) with nothing attached. A stream that sends no `start` within
 * `streamStartTimeoutMs` is closed the same way. `media` is the caller's audio, `mark` echoes
 * feed barge-in truncation, `dtmf` digits reach the agent, `stop` ends the call and the conversation.
 * A bad frame (not JSON, unknown event, bad base64, media before start) is logged and ignored; a
 * stream that keeps sending them is closed. Nothing a caller sends can throw out of here.
 */
export function bridgeTwilioStream(socket: WebSocket, deps: TwilioBridgeDeps): void {
  let state: 'waiting' | 'starting' | 'live' | 'ended' = 'waiting';
  let session: VoiceSession | CascadedCall | null = null;
  let leg: TwilioLeg | null = null;
  let badFrames = 0;
  const early: Uint8Array[] = [];
  const refuse = (reason: string) => {
    state = 'ended';
    early.length = 0;
    socket.close(REFUSED, reason);
  };
  const startTimeoutMs = deps.config.streamStartTimeoutMs;
  const handshake = setTimeout(() => {
    if (state !== 'waiting') return;
    deps.log.warn({ startTimeoutMs }, 'twilio media stream: no start, closing');
    refuse(`no start message within ${startTimeoutMs} ms`);
  }, startTimeoutMs);
  handshake.unref?.();

  const bad = (problem: string, detail: string) => {
    badFrames += 1;
    if (badFrames <= 5) deps.log.warn({ problem, detail }, 'twilio media stream: frame ignored');
    if (badFrames === MAX_BAD_FRAMES) {
      deps.log.warn({ badFrames }, 'twilio media stream: too many bad frames, closing');
      void finish('bad_frames');
      socket.close(1008, 'too many invalid frames');
    }
  };

  const finish = async (reason: string) => {
    if (state === 'ended') return;
    const wasStarting = state === 'starting';
    state = 'ended';
    if (session)
      await session
        .end(reason)
        .catch((error) => deps.log.error({ err: error }, 'voice call did not end cleanly'));
    else if (wasStarting) deps.log.info({ reason }, 'twilio stream ended while the call was connecting');
  };

  const start = async (message: Extract<TwilioInboundMessage, { event: 'start' }>) => {
    state = 'starting';
    clearTimeout(handshake);
    const { streamSid, callSid, customParameters = {} } = message.start;
    const checked = await deps.tokens.check(customParameters.token, callSid);
    if ((state as string) === 'ended') return;
    if (!checked.ok) {
      // No CallSid, tenant or number in the log: the problem is enough to tell a probe from a misconfiguration.
      deps.log.warn({ problem: checked.problem }, 'twilio media stream: refused');
      refuse(checked.message);
      return;
    }
    const { claims } = checked;
    leg = new TwilioLeg(socket, streamSid);
    try {
      const sb = deps.switchboardFor(claims.graph);
      // --- cascaded pipeline (src/voice/cascaded/): STT → chat turn → TTS instead of a Realtime session
      const pipeline = claims.pipeline || sb.graph.voicePipeline || deps.config.pipeline || 'realtime';
      if (pipeline === 'cascaded') {
        if (!deps.config.cascaded)
          throw new Error('cascaded call refused: no speech-to-text/text-to-speech configured');
        const call = await CascadedCall.start({
          switchboard: sb,
          leg,
          setup: deps.config.cascaded,
          greet: deps.config.greet,
          conversationId: claims.conversation ?? undefined,
          tenant: claims.tenant,
          publish: deps.publish,
        });
        if ((state as string) === 'ended') return void (await call.end('stream_closed'));
        session = call;
        state = 'live';
        deps.onCascadedCall?.(call);
        for (const audio of early.splice(0)) call.sendAudio(audio);
        return;
      }
      // --- end cascaded pipeline
      const started = await VoiceSession.start({
        switchboard: sb,
        config: deps.config,
        leg,
        channel: 'phone',
        conversationId: claims.conversation ?? undefined,
        tenant: claims.tenant,
        details: { callSid: claims.callSid, streamSid, from: claims.from },
        publish: deps.publish,
        onWire: deps.onWire,
        onEnded: (reason) => {
          void finish(reason);
          socket.close(1011, 'voice session ended');
        },
      });
      if ((state as string) === 'ended') {
        await started.end('stream_closed');
        return;
      }
      session = started;
      state = 'live';
      deps.onSession?.(started);
      for (const audio of early.splice(0)) started.sendAudio(audio);
    } catch (error) {
      deps.log.error({ err: error, streamSid }, 'twilio media stream: could not start the voice session');
      state = 'ended';
      socket.close(1011, 'could not start the call');
    }
  };

  const handle = (message: TwilioInboundMessage) => {
    switch (message.event) {
      case 'connected':
        return;
      case 'start':
        if (state !== 'waiting') return bad('duplicate_start', 'a second start on the same stream');
        void start(message);
        return;
      case 'media': {
        if (state === 'waiting') return bad('media_before_start', 'media arrived before start');
        const audio = decodeMediaPayload(message.media.payload);
        if (!audio)
          return bad('bad_base64', `media payload is not base64 (${message.media.payload.length} chars)`);
        if (state === 'live') session!.sendAudio(audio);
        else if (state === 'starting' && early.length < MAX_EARLY_FRAMES) early.push(audio);
        return;
      }
      case 'mark':
        leg?.markEchoed(message.mark.name);
        return;
      case 'dtmf':
        if (state !== 'live') return bad('dtmf_before_start', 'dtmf arrived before the call was live');
        session!.sendDtmf(message.dtmf.digit);
        return;
      case 'stop':
        void finish('caller_hung_up');
        return;
    }
  };

  socket.on('message', (data, isBinary) => {
    try {
      if (state === 'ended') return;
      if (isBinary) return bad('binary_frame', 'Twilio sends JSON text frames only');
      const parsed = parseTwilioFrame(data.toString());
      if (!parsed.ok) return bad(parsed.problem, parsed.detail);
      handle(parsed.message);
    } catch (error) {
      deps.log.error({ err: error }, 'twilio media stream: frame handling failed');
    }
  });
  socket.on('close', () => {
    clearTimeout(handshake);
    void finish('stream_closed');
  });
  socket.on('error', (error) => {
    deps.log.warn({ err: error }, 'twilio media stream: socket error');
    void finish('stream_error');
  });
}
