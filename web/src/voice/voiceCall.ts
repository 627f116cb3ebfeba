import { type Microphone, MicrophoneError, openMicrophone } from './microphone.ts';
import { base64ToBytes, Framer, pcm16ToFloat, RELAY_SAMPLE_RATE, Resampler } from './pcm.ts';
import { AgentAudioPlayer } from './playback.ts';
import {
  describeClose,
  parseRelayMessage,
  type RelayClientMessage,
  type RelayServerMessage,
  relayUrl,
} from './relayProtocol.ts';

export type CallPhase = 'idle' | 'connecting' | 'live' | 'ending' | 'ended' | 'error';

export type CallState = {
  phase: CallPhase;
  conversationId: string | null;
  /** The agent on the line (from `ready`, then each handoff). */
  agent: string | null;
  /** Wall-clock ms when the call was answered (`ready`) and when it ended. */
  answeredAt: number | null;
  endedAt: number | null;
  endReason: string | null;
  /** `permission`: the microphone was refused; `microphone`: none usable; `server`: the relay's own message. */
  error: { kind: 'permission' | 'microphone' | 'server'; message: string } | null;
  /** A refused frame during the call (the call goes on). */
  notice: string | null;
  framesSent: number;
  audioReceived: number;
  audioPlayed: number;
  handoffs: number;
  capture: Microphone['capture'] | null;
};

type Counters = Pick<CallState, 'framesSent' | 'audioReceived' | 'audioPlayed'>;

export const IDLE_CALL: CallState = {
  phase: 'idle',
  conversationId: null,
  agent: null,
  answeredAt: null,
  endedAt: null,
  endReason: null,
  error: null,
  notice: null,
  framesSent: 0,
  audioReceived: 0,
  audioPlayed: 0,
  handoffs: 0,
  capture: null,
};

export type StartCall = {
  graph: string;
  /** `cascaded`: speech-to-text → the chat turn → text-to-speech; none: the graph's or the server's choice. */
  pipeline?: 'realtime' | 'cascaded';
  /** The conversation the call joins; called once the microphone is open (a refused one creates nothing). */
  conversation: () => Promise<string | null>;
};

/** How long a hang-up waits for the server's `ended` before closing the socket itself. */
const HANG_UP_GRACE_MS = 5000;
const COUNTS_EVERY_MS = 250;

/**
 * One browser call: microphone → PCM16 24 kHz in 20 ms binary frames → the relay, and the agent's
 * audio from the relay → the speakers. The OpenAI key stays on the server; this side only has the
 * dashboard's API key. Framework-free: React reads it through `subscribe`/`state` (useVoiceCall).
 */
export class VoiceCall {
  private current: CallState = IDLE_CALL;
  private readonly listeners = new Set<() => void>();
  private context: AudioContext | null = null;
  private microphone: Microphone | null = null;
  private player: AgentAudioPlayer | null = null;
  private socket: WebSocket | null = null;
  private sampleRate = RELAY_SAMPLE_RATE;
  private hangUpTimer: ReturnType<typeof setTimeout> | null = null;
  /** Audio counters change 50 times a second: they reach the state (and React) at most every 250 ms. */
  private counters: Counters = { framesSent: 0, audioReceived: 0, audioPlayed: 0 };
  private countTimer: ReturnType<typeof setTimeout> | null = null;

  get state(): CallState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): CallState => this.current;

  get active(): boolean {
    return ['connecting', 'live', 'ending'].includes(this.current.phase);
  }

  async start({ graph, conversation, pipeline }: StartCall): Promise<void> {
    if (this.active) return;
    this.counters = { framesSent: 0, audioReceived: 0, audioPlayed: 0 };
    this.update({ ...IDLE_CALL, phase: 'connecting' });
    // Created before any await: the click that started the call is what lets the page play audio.
    const context = new AudioContext();
    this.context = context;
    void context.resume().catch(() => {});
    try {
      const resampler = new Resampler(context.sampleRate, RELAY_SAMPLE_RATE);
      const framer = new Framer();
      this.microphone = await openMicrophone(context, (samples) => {
        if (this.current.phase !== 'live') return;
        for (const frame of framer.push(resampler.push(samples))) this.sendAudio(frame);
      });
      if (this.current.phase !== 'connecting') {
        this.release();
        return;
      }
      this.update({ capture: this.microphone.capture });
      const conversationId = await conversation();
      if (this.current.phase !== 'connecting') {
        this.release();
        return;
      }
      if (!conversationId) {
        this.fail('server', 'The conversation for the call could not be created.');
        return;
      }
      this.update({ conversationId });
      this.player = new AgentAudioPlayer(
        context,
        (itemId, ms) => this.send({ type: 'played', itemId, ms }),
        ({ received, played }) => this.count({ audioReceived: received, audioPlayed: played }),
      );
      this.connect({
        type: 'start',
        graph,
        conversationId,
        format: 'pcm16',
        ...(pipeline ? { pipeline } : {}),
      });
    } catch (error) {
      if (this.current.phase !== 'connecting') {
        this.release();
        return;
      }
      if (error instanceof MicrophoneError)
        this.fail(error.problem === 'permission' ? 'permission' : 'microphone', error.message);
      else this.fail('server', error instanceof Error ? error.message : String(error));
    }
  }

  /** Asks the server to end the call; it answers `ended` and closes (or the socket is closed after a grace). */
  hangUp(): void {
    if (this.current.phase === 'connecting' && !this.socket) {
      this.update({ phase: 'ended', endReason: 'caller_hung_up', endedAt: Date.now() });
      this.release();
      return;
    }
    if (!this.active) return;
    this.update({ phase: 'ending' });
    this.microphone?.stop();
    this.player?.clear();
    this.send({ type: 'stop' });
    this.hangUpTimer = setTimeout(() => this.finish('caller_hung_up'), HANG_UP_GRACE_MS);
  }

  /** Forgets a finished call (its ended or error state), e.g. when another conversation is shown. */
  reset(): void {
    if (!this.active && this.current.phase !== 'idle') this.update(IDLE_CALL);
  }

  /** Leaves without waiting (the page is going away). */
  dispose(): void {
    if (this.active) this.send({ type: 'stop' });
    this.release();
  }

  private connect(start: RelayClientMessage): void {
    const socket = new WebSocket(relayUrl());
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      // Hung up while connecting: nothing to start.
      if (this.current.phase !== 'connecting') return socket.close(1000, 'hung up');
      socket.send(JSON.stringify(start));
    };
    socket.onmessage = (event) => {
      const message = parseRelayMessage(event.data);
      if (message) this.receive(message);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      if (!opened)
        return this.fail(
          'server',
          'The server refused the voice connection: check the API key, and that voice is enabled on this server.',
        );
      if (this.current.phase === 'connecting') {
        this.fail('server', describeClose(event));
        return;
      }
      this.finish(this.current.phase === 'ending' ? 'caller_hung_up' : describeClose(event));
    };
  }

  private receive(message: RelayServerMessage): void {
    switch (message.type) {
      case 'ready':
        if (this.current.phase !== 'connecting') return;
        this.sampleRate = message.sampleRate;
        this.update({
          phase: 'live',
          conversationId: message.conversationId,
          agent: message.agent,
          answeredAt: Date.now(),
        });
        return;
      case 'audio':
        if (this.current.phase === 'live')
          this.player?.enqueue(message.itemId, pcm16ToFloat(base64ToBytes(message.audio)), this.sampleRate);
        return;
      case 'clear':
        this.player?.clear();
        return;
      case 'transcript':
        if (message.role === 'assistant' && message.agent !== this.current.agent)
          this.update({ agent: message.agent });
        return;
      case 'handoff':
        this.update({ agent: message.to, handoffs: this.current.handoffs + 1 });
        return;
      case 'ended':
        this.finish(message.reason);
        return;
      case 'error':
        if (this.current.phase === 'connecting') this.fail('server', message.message);
        else this.update({ notice: message.message });
        return;
      default:
        return;
    }
  }

  private sendAudio(frame: ArrayBuffer): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    this.socket.send(frame);
    this.count({ framesSent: this.counters.framesSent + 1 });
  }

  private send(message: RelayClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private finish(reason: string): void {
    if (this.current.phase === 'ended' || this.current.phase === 'error') return;
    this.update({ phase: 'ended', endReason: reason, endedAt: Date.now() });
    this.release();
  }

  private fail(kind: NonNullable<CallState['error']>['kind'], message: string): void {
    this.update({ phase: 'error', error: { kind, message }, endedAt: Date.now() });
    this.release();
  }

  private release(): void {
    if (this.hangUpTimer) clearTimeout(this.hangUpTimer);
    this.hangUpTimer = null;
    this.flushCounts();
    this.microphone?.stop();
    this.microphone = null;
    this.player?.close();
    this.player = null;
    const socket = this.socket;
    this.socket = null;
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, 'hung up');
    void this.context?.close().catch(() => {});
    this.context = null;
  }

  private count(change: Partial<Counters>): void {
    this.counters = { ...this.counters, ...change };
    this.countTimer ??= setTimeout(() => this.flushCounts(), COUNTS_EVERY_MS);
  }

  private flushCounts(): void {
    if (this.countTimer) clearTimeout(this.countTimer);
    this.countTimer = null;
    this.update({ ...this.counters });
  }

  private update(change: Partial<CallState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }
}
