import { AnswerPlayback } from './answerPlayback.ts';
import type { CallerLeg } from './callerLeg.ts';
import type { CallRecorder } from './callRecorder.ts';
import type { MediaRealtimeTransport, TruncationEvent, VoiceKeptEvent } from './mediaTransport.ts';
import type { ToolCallDispatcher } from './toolCallDispatcher.ts';

/** What the router needs from its call. */
export type RoutedCall = {
  transport: MediaRealtimeTransport;
  leg: CallerLeg;
  recorder: CallRecorder;
  dispatcher: () => ToolCallDispatcher;
  /** The agent speaking for the call now. */
  currentAgent(): string;
  /** The caller started speaking (the server's VAD heard speech). */
  onSpeechStarted(): void;
  /**
   * A caller turn was committed: the enabled transfers may have changed. `owed`: a response was still
   * running at the commit, so the router answers the turn once it is done (through `answerTurn`).
   */
  onCallerTurn(owed: boolean): void;
  /** Asks for a response to the caller's turn once the session has the turn's tools. */
  answerTurn(): void;
  onRealtimeError(code: string, message: string): void;
  onDisconnected(): void;
};

type Listener = (event: any) => void;

/**
 * Turns the Realtime server events of one call into Switchboard's record of it: which agent each
 * response speaks for, assistant transcripts (fillers left out), caller turns, barge-in truncations,
 * kept voices and errors. Two things it adds over the SDK session:
 *
 * - an answered turn is written once the caller has heard it (`AnswerPlayback`), so a barge-in after
 *   the model finished generating still stores only the words the caller heard;
 * - a caller turn committed while a response was still active is owed an answer: with
 *   `interrupt_response: false` the API "may fail to create a response if the model is already
 *   responding" (its documentation), e.g. when caller audio arrives in a burst after a network stall and
 *   speech ends before our `response.cancel` lands. When that response ends and no other started, the
 *   router asks for one, so the caller is never left in silence.
 */
export class RealtimeEventRouter {
  readonly fillerItems = new Set<string>();
  private readonly responseAgent = new Map<string, string>();
  private readonly fillerResponses = new Set<string>();
  private active: string | null = null;
  private owedBy: string | null = null;
  readonly playback: AnswerPlayback;

  constructor(private readonly call: RoutedCall) {
    const { transport, recorder } = call;
    this.playback = new AnswerPlayback(
      call.leg,
      (id) => transport.audioSentMs(id),
      () => recorder.settle(),
    );
    this.listen();
  }

  /** The agent a response speaks for: the one active when it started. */
  agentOfResponse(responseId: string): string {
    return this.responseAgent.get(responseId) ?? this.call.currentAgent();
  }

  private on(type: string, fn: Listener): void {
    (this.call.transport as unknown as { on(type: string, fn: Listener): void }).on(type, fn);
  }

  private listen(): void {
    const { recorder } = this.call;
    this.on('response.created', (e) => {
      this.responseAgent.set(e.response.id, this.call.currentAgent());
      if (e.response.metadata?.switchboard === 'filler') {
        this.fillerResponses.add(e.response.id);
        return;
      }
      this.active = e.response.id;
      this.owedBy = null; // the caller's turn is being answered
    });
    this.on('response.output_item.added', (e) => {
      if (e.item.type !== 'message') return;
      if (this.fillerResponses.has(e.response_id)) this.fillerItems.add(e.item.id);
      else recorder.assistantStarted(e.item.id, this.agentOfResponse(e.response_id));
    });
    this.on('response.output_audio_transcript.delta', (e) => {
      if (this.fillerItems.has(e.item_id)) return;
      recorder.assistantDelta(e.item_id, e.delta);
      recorder.turn.emit('text.delta', { agent: this.agentOfResponse(e.response_id), delta: e.delta });
    });
    this.on('response.output_audio_transcript.done', (e) => {
      if (!this.fillerItems.has(e.item_id)) recorder.assistantDone(e.item_id, e.transcript);
    });
    this.on('response.done', (e) => this.responseDone(e.response));
    this.on('input_audio_buffer.speech_started', () => this.call.onSpeechStarted());
    this.on('input_audio_buffer.committed', (e) => {
      this.playback.cancel();
      if (this.active) this.owedBy = this.active;
      recorder.startTurn(e.item_id);
      this.call.dispatcher().newTurn();
      this.call.onCallerTurn(this.owedBy !== null);
    });
    this.on('conversation.item.input_audio_transcription.completed', (e) => {
      recorder.userTranscript(e.item_id, e.transcript);
    });
    this.on('switchboard.truncated', (e: TruncationEvent) => {
      recorder.truncated(e.itemId, e.audioEndMs, e.audioMs);
      recorder.event('voice.interrupted', {
        agent: this.call.currentAgent(),
        itemId: e.itemId,
        heardMs: e.audioEndMs,
        audioMs: Math.round(e.audioMs),
      });
      this.playback.truncated(e.itemId);
    });
    this.on('switchboard.voice_kept', (e: VoiceKeptEvent) => {
      recorder.event('voice.kept', { agent: this.call.currentAgent(), requested: e.requested, kept: e.kept });
    });
    this.on('error', (e) => {
      const error = e?.error?.error ?? e?.error ?? e;
      this.call.onRealtimeError(
        String(error?.code ?? error?.type ?? 'error'),
        String(error?.message ?? error),
      );
    });
    this.on('disconnected', () => this.call.onDisconnected());
  }

  private responseDone(response: { id: string; output?: { type?: string; id?: string }[] }): void {
    if (this.fillerResponses.has(response.id)) return;
    if (this.active === response.id) this.active = null;
    const output = response.output ?? [];
    const calls = output.some((item) => item.type === 'function_call');
    // A response that called tools is continued by the dispatcher (its response.create answers the caller too).
    if (calls || this.call.dispatcher().busy) {
      if (this.owedBy === response.id) this.owedBy = null;
      return;
    }
    if (this.owedBy === response.id) {
      // The caller spoke over it: their new turn already wrote this one; answer the new turn now.
      this.owedBy = null;
      this.call.answerTurn();
      return;
    }
    this.playback.answered(output.filter((i) => i.type === 'message' && i.id).map((i) => i.id!));
  }
}
