import { decodeAudio, formatFromSession } from '../../src/voice/audioFormat.ts';
import { EnergyVad } from '../../src/voice/cascaded/energyVad.ts';
import { DoubleResponse, type ResponseOptions } from './doubleResponse.ts';
import type { DoubleItem, Responder } from './doubleScript.ts';
import {
  type DoubleSessionConfig,
  defaultSessionConfig,
  mergeSessionUpdate,
  SessionUpdateError,
} from './doubleSessionConfig.ts';

export type ClientEventRecord = { at: number; event: Record<string, any> };

export type DoubleSessionOptions = ResponseOptions & {
  id: string;
  model: string;
  responder: Responder;
  send: (event: Record<string, unknown>) => void;
  /** Keep every client event (tests); off for load runs. */
  record: boolean;
  onClientEvent?: (event: Record<string, any>, at: number) => void;
};

const CLIENT_EVENTS = [
  'session.update',
  'input_audio_buffer.append',
  'input_audio_buffer.commit',
  'input_audio_buffer.clear',
  'conversation.item.create',
  'conversation.item.retrieve',
  'conversation.item.truncate',
  'conversation.item.delete',
  'response.create',
  'response.cancel',
];

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * One Realtime API connection as the double plays it: GA client events in, GA server events out,
 * errors as the real API words them (the session stays open after an error).
 */
export class DoubleSession {
  config: DoubleSessionConfig;
  readonly conversation: DoubleItem[] = [];
  readonly received: ClientEventRecord[] = [];
  readonly errors: { code: string; message: string; clientEventId: string | null }[] = [];
  readonly truncations: { item_id: string; audio_end_ms: number; audioMs: number }[] = [];
  /** Every `session.updated` config, in order: what the session looked like after each update. */
  readonly sessionHistory: DoubleSessionConfig[] = [];
  audioStarted = false;
  private counter = 0;
  private turn = 0;
  private lastTranscript: string | null = null;
  private responsesInTurn = 0;
  private active: DoubleResponse | null = null;
  private vad: EnergyVad;
  private bufferedMs = 0;
  private pendingUserItemId: string | null = null;

  constructor(private readonly options: DoubleSessionOptions) {
    this.config = defaultSessionConfig(options.id, options.model);
    this.vad = new EnergyVad(this.inputRate());
    this.emit({ type: 'session.created', session: this.config });
  }

  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${this.options.id.slice(5, 13)}${this.counter.toString(36)}`;
  }

  emit(event: Record<string, unknown>): void {
    this.options.send({ event_id: this.nextId('event'), ...event });
  }

  error(code: string, message: string, clientEventId: string | null, param: string | null = null): void {
    this.errors.push({ code, message, clientEventId });
    this.emit({
      type: 'error',
      error: { type: 'invalid_request_error', code, message, param, event_id: clientEventId },
    });
  }

  get activeResponse(): DoubleResponse | null {
    return this.active;
  }

  /** One text frame from the client. */
  handle(raw: string) {
    let event: Record<string, any>;
    try {
      event = JSON.parse(raw);
    } catch {
      this.error('invalid_json', 'We could not parse the JSON body of your request.', null);
      return;
    }
    const at = performance.now();
    if (this.options.record) this.received.push({ at, event });
    this.options.onClientEvent?.(event, at);
    const id = typeof event?.event_id === 'string' ? event.event_id : null;
    if (typeof event?.type !== 'string' || !CLIENT_EVENTS.includes(event.type)) {
      this.error(
        'invalid_value',
        `Invalid value: '${String(event?.type)}'. Supported values are: ${CLIENT_EVENTS.map((e) => `'${e}'`).join(', ')}.`,
        id,
        'type',
      );
      return;
    }
    switch (event.type) {
      case 'session.update':
        return this.updateSession(event, id);
      case 'input_audio_buffer.append':
        return this.append(event, id);
      case 'input_audio_buffer.commit':
        return this.manualCommit(id);
      case 'input_audio_buffer.clear':
        this.vad.reset();
        this.bufferedMs = 0;
        this.pendingUserItemId = null;
        return this.emit({ type: 'input_audio_buffer.cleared' });
      case 'conversation.item.create':
        return this.createItem(event, id);
      case 'conversation.item.retrieve':
        return this.withItem(event.item_id, id, (item) =>
          this.emit({ type: 'conversation.item.retrieved', item }),
        );
      case 'conversation.item.delete':
        return this.withItem(event.item_id, id, (item) => {
          this.conversation.splice(this.conversation.indexOf(item), 1);
          this.emit({ type: 'conversation.item.deleted', item_id: item.id });
        });
      case 'conversation.item.truncate':
        return this.truncate(event, id);
      case 'response.create':
        return this.createResponse(event, id);
      case 'response.cancel':
        if (!this.active)
          return this.error(
            'response_cancel_not_active',
            'Cancellation failed: no active response found.',
            id,
          );
        this.active.cancel();
        return;
    }
  }

  private inputRate(): number {
    return formatFromSession(this.config.audio.input.format) === 'audio/pcm' ? 24000 : 8000;
  }

  private updateSession(event: Record<string, any>, id: string | null) {
    try {
      const before = this.inputRate();
      this.config = mergeSessionUpdate(this.config, event.session ?? {}, this.audioStarted);
      if (this.inputRate() !== before) this.vad = new EnergyVad(this.inputRate());
    } catch (error) {
      if (error instanceof SessionUpdateError) return this.error(error.code, error.message, id, error.param);
      throw error;
    }
    this.sessionHistory.push(structuredClone(this.config));
    this.emit({ type: 'session.updated', session: this.config });
  }

  private append(event: Record<string, any>, id: string | null) {
    const audio = event.audio;
    if (typeof audio !== 'string' || audio.length % 4 !== 0 || !BASE64.test(audio))
      return this.error(
        'invalid_value',
        'Invalid value for audio: expected base64-encoded audio bytes.',
        id,
        'audio',
      );
    const format = formatFromSession(this.config.audio.input.format);
    if (!format) return; // pcma: accepted, not analysed
    const bytes = new Uint8Array(Buffer.from(audio, 'base64'));
    const samples = decodeAudio(format, bytes);
    this.bufferedMs += (samples.length * 1000) / this.inputRate();
    const detection = this.config.audio.input.turn_detection;
    if (!detection) return;
    const settings = {
      threshold: detection.threshold ?? 0.5,
      prefixPaddingMs: detection.prefix_padding_ms ?? 300,
      silenceDurationMs: detection.silence_duration_ms ?? 500,
    };
    for (const vadEvent of this.vad.push(samples, settings)) {
      if (vadEvent.type === 'speech_started') {
        this.pendingUserItemId = this.nextId('item');
        this.emit({
          type: 'input_audio_buffer.speech_started',
          audio_start_ms: vadEvent.audioStartMs,
          item_id: this.pendingUserItemId,
        });
        if (this.active && detection.interrupt_response !== false) this.active.cancel();
      } else {
        const itemId = this.pendingUserItemId ?? this.nextId('item');
        this.emit({
          type: 'input_audio_buffer.speech_stopped',
          audio_end_ms: vadEvent.audioEndMs,
          item_id: itemId,
        });
        this.commitUtterance(
          itemId,
          detection.create_response !== false,
          detection.interrupt_response !== false,
        );
      }
    }
  }

  private manualCommit(id: string | null) {
    if (this.bufferedMs < 100)
      return this.error(
        'input_audio_buffer_commit_empty',
        `Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but buffer only has ${Math.floor(this.bufferedMs)}ms of audio.`,
        id,
      );
    this.vad.reset();
    this.commitUtterance(this.pendingUserItemId ?? this.nextId('item'), false);
  }

  /** The buffer becomes a user item; its transcript (when transcription is on) and, with VAD, a response. */
  private commitUtterance(itemId: string, respond: boolean, interrupts = true) {
    this.pendingUserItemId = null;
    this.bufferedMs = 0;
    this.turn += 1;
    this.responsesInTurn = 0;
    const transcript = this.options.responder.transcript(this.turn);
    this.lastTranscript = transcript;
    const previous = this.conversation.at(-1)?.id ?? null;
    this.emit({ type: 'input_audio_buffer.committed', item_id: itemId, previous_item_id: previous });
    const item: DoubleItem = {
      id: itemId,
      type: 'message',
      role: 'user',
      status: 'completed',
      content: [{ type: 'input_audio', transcript: null }],
    };
    this.conversation.push(item);
    this.emit({ type: 'conversation.item.added', item, previous_item_id: previous });
    this.emit({ type: 'conversation.item.done', item, previous_item_id: previous });
    if (this.config.audio.input.transcription) {
      item.content = [{ type: 'input_audio', transcript }];
      this.emit({
        type: 'conversation.item.input_audio_transcription.completed',
        item_id: itemId,
        content_index: 0,
        transcript,
      });
    }
    if (!respond) return;
    const active = this.active;
    if (!active) return this.startResponse('speech', null, true, null);
    // One active response per conversation. The API documents that with `interrupt_response: false`
    // the automatic response "may fail to create … if the model is already responding": the double
    // makes it fail, always. With interruption on, the cancelled response ends first, then this one starts.
    if (!interrupts) return;
    void active.finished.then(() => {
      if (!this.active) this.startResponse('speech', null, true, null);
    });
  }

  private createItem(event: Record<string, any>, id: string | null) {
    const raw = event.item ?? {};
    if (!['message', 'function_call', 'function_call_output'].includes(raw.type))
      return this.error('invalid_value', `Invalid value: '${String(raw.type)}'.`, id, 'item.type');
    if (
      raw.type === 'function_call_output' &&
      !this.conversation.some((i) => i.call_id === raw.call_id && i.type === 'function_call')
    )
      return this.error(
        'invalid_value',
        `Tool call ID '${String(raw.call_id)}' not found in conversation.`,
        id,
        'item.call_id',
      );
    const item: DoubleItem = {
      ...raw,
      id: typeof raw.id === 'string' ? raw.id : this.nextId('item'),
      status: 'completed',
    };
    let index = this.conversation.length;
    const anchor = event.previous_item_id;
    if (anchor === 'root') index = 0;
    else if (typeof anchor === 'string') {
      const at = this.conversation.findIndex((i) => i.id === anchor);
      if (at < 0)
        return this.error(
          'invalid_value',
          `Item with item_id '${anchor}' not found.`,
          id,
          'previous_item_id',
        );
      index = at + 1;
    }
    this.conversation.splice(index, 0, item);
    if (item.role === 'user' && anchor === undefined) {
      // A typed (or keypad) caller message is a caller turn like a spoken one.
      this.turn += 1;
      this.responsesInTurn = 0;
      this.lastTranscript = (item.content ?? []).map((c) => c.text ?? c.transcript ?? '').join(' ');
    }
    const previous = index === 0 ? null : this.conversation[index - 1].id;
    this.emit({ type: 'conversation.item.added', item, previous_item_id: previous });
    this.emit({ type: 'conversation.item.done', item, previous_item_id: previous });
  }

  private withItem(itemId: unknown, id: string | null, fn: (item: DoubleItem) => void) {
    const item = this.conversation.find((i) => i.id === itemId);
    if (!item)
      return this.error('item_not_found', `Item with item_id '${String(itemId)}' not found.`, id, 'item_id');
    fn(item);
  }

  private truncate(event: Record<string, any>, id: string | null) {
    this.withItem(event.item_id, id, (item) => {
      if (item.role !== 'assistant' || item.audioMs === undefined)
        return this.error(
          'invalid_value',
          'Only assistant messages with audio can be truncated.',
          id,
          'item_id',
        );
      const end = Number(event.audio_end_ms);
      if (!Number.isInteger(end) || end < 0)
        return this.error(
          'invalid_value',
          'audio_end_ms must be a non-negative integer.',
          id,
          'audio_end_ms',
        );
      if (end > item.audioMs)
        return this.error(
          'invalid_value',
          `Audio content of ${Math.floor(item.audioMs)}ms is already shorter than ${end}ms`,
          id,
          'audio_end_ms',
        );
      this.truncations.push({ item_id: item.id, audio_end_ms: end, audioMs: item.audioMs });
      item.audioMs = end;
      // The real API drops the transcript so the model never "remembers" words the caller did not hear.
      item.content = [{ type: 'output_audio', transcript: null }];
      this.emit({
        type: 'conversation.item.truncated',
        item_id: item.id,
        content_index: 0,
        audio_end_ms: end,
      });
    });
  }

  private createResponse(event: Record<string, any>, id: string | null) {
    if (this.active)
      return this.error(
        'conversation_already_has_active_response',
        `Conversation already has an active response in progress: ${this.active.id}. Wait until the response is finished before creating a new one.`,
        id,
      );
    const params = (event.response ?? {}) as Record<string, any>;
    const instructions = typeof params.instructions === 'string' ? params.instructions : null;
    this.startResponse('client', instructions, params.conversation !== 'none', params.metadata ?? null);
  }

  private startResponse(
    trigger: 'speech' | 'client',
    instructions: string | null,
    inConversation: boolean,
    metadata: unknown,
  ): void {
    const outputs = this.options.responder.respond({
      turn: this.turn,
      transcript: this.lastTranscript,
      responseInTurn: this.responsesInTurn,
      trigger,
      instructions,
      session: this.config,
      conversation: this.conversation,
    });
    if (!instructions) this.responsesInTurn += 1;
    const response = new DoubleResponse(this, outputs, { inConversation, metadata }, this.options);
    this.active = response;
    response.finished = response.run().finally(() => {
      if (this.active === response) this.active = null;
    });
  }

  close(): void {
    this.active?.cancel();
  }
}
