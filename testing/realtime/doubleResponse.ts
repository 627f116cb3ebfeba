import { setTimeout as sleep, setImmediate as yieldToLoop } from 'node:timers/promises';
import { bytesPerMs, formatFromSession } from '../../src/voice/audioFormat.ts';
import type { DoubleItem, ScriptedOutput } from './doubleScript.ts';
import type { DoubleSessionConfig } from './doubleSessionConfig.ts';
import { espeakAudio } from './espeakSpeech.ts';
import { speechDurationMs, synthesizeTone } from './toneSpeech.ts';

/** What a response needs of its session (the session creates responses, so it is not imported here). */
export type ResponseSession = {
  readonly config: DoubleSessionConfig;
  readonly conversation: DoubleItem[];
  audioStarted: boolean;
  nextId(prefix: string): string;
  emit(event: Record<string, unknown>): void;
};

export type ResponseOptions = {
  /** Milliseconds of audio per character of scripted text (default 40). */
  msPerChar?: number;
  /** Audio per `response.output_audio.delta` (default 100 ms). */
  chunkMs?: number;
  /** Wall-clock pause between audio deltas (default 0: as fast as the event loop allows). */
  paceMs?: number;
  /**
   * How the double speaks: `tone` (default: a pure tone whose pitch names the voice, which format
   * tests decode) or `espeak` (words, espeak-ng, one offline voice per Realtime voice name).
   */
  speech?: 'tone' | 'espeak';
};

/**
 * One response: output items streamed as the GA API does (item added → content part → audio and
 * transcript deltas → done events → `response.done`). A cancel stops it between two deltas and ends
 * it with status `cancelled`, the interrupted item `incomplete`.
 */
export class DoubleResponse {
  readonly id: string;
  /** Settles once `response.done` has been sent. */
  finished: Promise<void> = Promise.resolve();
  private cancelled = false;
  private readonly output: DoubleItem[] = [];

  constructor(
    private readonly session: ResponseSession,
    private readonly outputs: ScriptedOutput[] | Promise<ScriptedOutput[]>,
    private readonly mode: { inConversation: boolean; metadata: unknown },
    private readonly options: ResponseOptions,
  ) {
    this.id = session.nextId('resp');
  }

  cancel(): void {
    this.cancelled = true;
  }

  private shape(status: string) {
    const { format, voice } = this.session.config.audio.output;
    return {
      id: this.id,
      object: 'realtime.response',
      status,
      conversation_id: this.mode.inConversation ? 'conv_double' : null,
      output_modalities: ['audio'],
      audio: { output: { format, voice } },
      metadata: this.mode.metadata,
      output: this.output,
    };
  }

  async run(): Promise<void> {
    const s = this.session;
    s.emit({ type: 'response.created', response: this.shape('in_progress') });
    await yieldToLoop();
    // A responder may think (the offline model answers asynchronously); the response is active meanwhile.
    const outputs = await this.outputs;
    for (let index = 0; index < outputs.length && !this.cancelled; index++) {
      const out = outputs[index];
      if ('say' in out) await this.say(out.say, index);
      else this.call(out, index);
      await yieldToLoop();
    }
    const status = this.cancelled ? 'cancelled' : 'completed';
    s.emit({
      type: 'response.done',
      response: {
        ...this.shape(status),
        status_details: this.cancelled ? { type: 'cancelled', reason: 'client_cancelled' } : null,
        usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
      },
    });
  }

  private addItem(item: DoubleItem, index: number): void {
    const s = this.session;
    this.output.push(item);
    s.emit({ type: 'response.output_item.added', response_id: this.id, output_index: index, item });
    if (!this.mode.inConversation) return;
    const previous = s.conversation.at(-1)?.id ?? null;
    s.conversation.push(item);
    s.emit({ type: 'conversation.item.added', item, previous_item_id: previous });
  }

  private finishItem(item: DoubleItem, index: number): void {
    this.session.emit({ type: 'response.output_item.done', response_id: this.id, output_index: index, item });
    if (this.mode.inConversation) this.session.emit({ type: 'conversation.item.done', item });
  }

  private async say(text: string, index: number): Promise<void> {
    const s = this.session;
    const format = formatFromSession(s.config.audio.output.format) ?? 'audio/pcm';
    const voice = s.config.audio.output.voice;
    const item: DoubleItem = {
      id: s.nextId('item'),
      type: 'message',
      role: 'assistant',
      status: 'in_progress',
      content: [],
      audioMs: 0,
    };
    this.addItem(item, index);
    const ids = { response_id: this.id, item_id: item.id, output_index: index, content_index: 0 };
    s.emit({ type: 'response.content_part.added', ...ids, part: { type: 'audio', transcript: '' } });
    const audio =
      this.options.speech === 'espeak'
        ? await espeakAudio(text, voice, format)
        : synthesizeTone(voice, speechDurationMs(text, this.options.msPerChar ?? 40), format);
    const chunkBytes = Math.round((this.options.chunkMs ?? 100) * bytesPerMs(format));
    const words = text.split(/(?<=\s)/);
    const chunks = Math.ceil(audio.byteLength / chunkBytes);
    let spoken = '';
    let wordsSent = 0;
    for (let c = 0; c < chunks && !this.cancelled; c++) {
      const delta = audio.subarray(c * chunkBytes, (c + 1) * chunkBytes);
      s.audioStarted = true;
      item.audioMs = (item.audioMs ?? 0) + delta.byteLength / bytesPerMs(format);
      s.emit({ type: 'response.output_audio.delta', ...ids, delta: Buffer.from(delta).toString('base64') });
      // Transcript words keep pace with the audio, so a cut-off response has a cut-off transcript.
      const wordsDue = Math.ceil(((c + 1) / chunks) * words.length);
      const next = words.slice(wordsSent, wordsDue).join('');
      wordsSent = Math.max(wordsSent, wordsDue);
      if (next) {
        spoken += next;
        s.emit({ type: 'response.output_audio_transcript.delta', ...ids, delta: next });
      }
      if (this.options.paceMs) await sleep(this.options.paceMs);
      else await yieldToLoop();
    }
    if (!this.cancelled) {
      s.emit({ type: 'response.output_audio.done', ...ids });
      s.emit({ type: 'response.output_audio_transcript.done', ...ids, transcript: spoken });
      s.emit({ type: 'response.content_part.done', ...ids, part: { type: 'audio', transcript: spoken } });
    }
    item.status = this.cancelled ? 'incomplete' : 'completed';
    item.content = [{ type: 'output_audio', transcript: spoken }];
    this.finishItem(item, index);
  }

  private call(out: Extract<ScriptedOutput, { call: string }>, index: number): void {
    const s = this.session;
    const args = typeof out.arguments === 'string' ? out.arguments : JSON.stringify(out.arguments ?? {});
    const item: DoubleItem = {
      id: s.nextId('item'),
      type: 'function_call',
      status: 'in_progress',
      call_id: out.callId ?? s.nextId('call'),
      name: out.call,
      arguments: '',
    };
    this.addItem(item, index);
    const ids = { response_id: this.id, item_id: item.id, output_index: index, call_id: item.call_id };
    s.emit({ type: 'response.function_call_arguments.delta', ...ids, delta: args });
    s.emit({ type: 'response.function_call_arguments.done', ...ids, name: out.call, arguments: args });
    item.arguments = args;
    item.status = 'completed';
    this.finishItem(item, index);
  }
}
