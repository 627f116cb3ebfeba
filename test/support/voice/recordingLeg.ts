import { durationMs, type VoiceAudioFormat } from '../../../src/voice/audioFormat.ts';
import type { CallerLeg } from '../../../src/voice/callerLeg.ts';

/** A caller leg for tests: keeps every chunk of agent audio; playback is whatever the test says it is. */
export class RecordingLeg implements CallerLeg {
  readonly chunks: { itemId: string; audio: Uint8Array }[] = [];
  clears = 0;
  onPlayed?: () => void;
  private readonly played = new Map<string, number>();

  constructor(
    readonly format: VoiceAudioFormat,
    /** Count audio as heard the moment it arrives (a caller with no buffer). */
    private readonly instantPlayback = false,
  ) {}

  play(audio: Uint8Array, itemId: string): void {
    this.chunks.push({ itemId, audio });
    if (this.instantPlayback)
      this.played.set(itemId, (this.played.get(itemId) ?? 0) + durationMs(this.format, audio.byteLength));
  }

  clear(): void {
    this.clears += 1;
  }

  setPlayed(itemId: string, ms: number): void {
    this.played.set(itemId, ms);
    this.onPlayed?.();
  }

  playedMs(itemId: string): number | null {
    return this.played.get(itemId) ?? 0;
  }

  /** All audio of one item (or of the whole call), concatenated. */
  audio(itemId?: string): Uint8Array {
    const parts = this.chunks.filter((c) => itemId === undefined || c.itemId === itemId).map((c) => c.audio);
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.byteLength;
    }
    return out;
  }
}
