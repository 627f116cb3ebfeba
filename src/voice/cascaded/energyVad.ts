import { rms } from '../audioFormat.ts';

export type VadSettings = { threshold: number; prefixPaddingMs: number; silenceDurationMs: number };

export type VadEvent =
  | { type: 'speech_started'; audioStartMs: number }
  | { type: 'speech_stopped'; audioEndMs: number };

const FRAME_MS = 20;
/** Voiced audio needed before speech counts as started: a click or a cough is not a turn. */
const ONSET_MS = 60;
/** `threshold` 0..1 maps onto PCM16 RMS; 0.5 → 1000 (about −30 dBFS), well above line noise, below speech. */
const RMS_PER_THRESHOLD = 2000;

/**
 * Server-side voice activity detection by energy, in audio time (milliseconds of audio received), never
 * wall-clock time: streaming a caller faster than real time gives exactly the same turns.
 */
export class EnergyVad {
  private positionMs = 0;
  private speaking = false;
  private voicedRunMs = 0;
  private runStartMs = 0;
  private lastVoicedEndMs = 0;
  private carry = new Int16Array(0);

  constructor(private readonly sampleRate: number) {}

  get audioMs(): number {
    return this.positionMs;
  }

  get isSpeaking(): boolean {
    return this.speaking;
  }

  push(samples: Int16Array, settings: VadSettings): VadEvent[] {
    const frame = Math.round((this.sampleRate * FRAME_MS) / 1000);
    let buffer = samples;
    if (this.carry.length > 0) {
      buffer = new Int16Array(this.carry.length + samples.length);
      buffer.set(this.carry);
      buffer.set(samples, this.carry.length);
    }
    const events: VadEvent[] = [];
    const limit = settings.threshold * RMS_PER_THRESHOLD;
    let offset = 0;
    for (; offset + frame <= buffer.length; offset += frame) {
      const voiced = rms(buffer.subarray(offset, offset + frame)) > limit;
      const start = this.positionMs;
      this.positionMs += FRAME_MS;
      if (voiced) {
        if (this.voicedRunMs === 0) this.runStartMs = start;
        this.voicedRunMs += FRAME_MS;
        this.lastVoicedEndMs = this.positionMs;
        if (!this.speaking && this.voicedRunMs >= ONSET_MS) {
          this.speaking = true;
          events.push({
            type: 'speech_started',
            audioStartMs: Math.max(0, this.runStartMs - settings.prefixPaddingMs),
          });
        }
      } else {
        this.voicedRunMs = 0;
        if (this.speaking && this.positionMs - this.lastVoicedEndMs >= settings.silenceDurationMs) {
          this.speaking = false;
          events.push({ type: 'speech_stopped', audioEndMs: this.lastVoicedEndMs });
        }
      }
    }
    this.carry = buffer.slice(offset);
    return events;
  }

  /** A manual commit or a buffer clear ends whatever speech was in progress. */
  reset(): void {
    this.speaking = false;
    this.voicedRunMs = 0;
    this.carry = new Int16Array(0);
  }
}
