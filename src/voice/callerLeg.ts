import type { VoiceAudioFormat } from './audioFormat.ts';

/**
 * The caller's side of a call (a Twilio media stream, a browser socket): where agent audio goes and
 * how much of it the caller really heard. The format is fixed for the whole call: a phone line is
 * mu-law 8 kHz before, during and after every handoff.
 */
export interface CallerLeg {
  readonly format: VoiceAudioFormat;
  /** Queues agent audio for playback; `itemId` is the assistant item it belongs to. */
  play(audio: Uint8Array, itemId: string): void;
  /** Drops everything queued (barge-in). */
  clear(): void;
  /** Milliseconds of `itemId` confirmed played; null when the leg cannot tell (elapsed time is used then). */
  playedMs(itemId: string): number | null;
  /**
   * Best estimate of what the caller has heard of `itemId` right now, for a barge-in's truncation: the
   * confirmed part plus playback since, never past what was sent. Without it, `playedMs` is used.
   */
  heardMs?(itemId: string): number | null;
  /** Set by the session; a leg that knows what played calls it whenever playback progressed. */
  onPlayed?: () => void;
}

/**
 * Playback bookkeeping from marks: after each chunk of audio a named mark goes to the caller, who echoes
 * it once everything before it has played. Marks echoed after a `clear` come back for audio that never
 * played, so they are ignored.
 *
 * A mark confirms a whole chunk, and chunks can be long (the Realtime API sends up to a second or more
 * of audio per delta): between two echoes the caller keeps hearing. `heardMs` adds that playback time.
 */
export class MarkPlayout {
  /** In sending order, which is playing order: the first entry is the chunk playing now (if any). */
  private readonly pending = new Map<string, { itemId: string; endMs: number; sentAt: number }>();
  private readonly cleared = new Set<string>();
  private readonly sent = new Map<string, number>();
  private readonly played = new Map<string, number>();
  private sequence = 0;
  private lastEchoAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Records `ms` more audio of `itemId` sent; returns the name of the mark to send after it. */
  recordSent(itemId: string, ms: number): string {
    const endMs = (this.sent.get(itemId) ?? 0) + ms;
    this.sent.set(itemId, endMs);
    this.sequence += 1;
    const name = `${itemId}:${Math.round(endMs)}:${this.sequence}`;
    this.pending.set(name, { itemId, endMs, sentAt: this.now() });
    return name;
  }

  echoed(name: string): void {
    if (this.cleared.delete(name)) return;
    const mark = this.pending.get(name);
    if (!mark) return;
    this.pending.delete(name);
    this.lastEchoAt = this.now();
    this.played.set(mark.itemId, Math.max(this.played.get(mark.itemId) ?? 0, mark.endMs));
  }

  clear(): void {
    for (const name of this.pending.keys()) this.cleared.add(name);
    this.pending.clear();
  }

  playedMs(itemId: string): number {
    return this.played.get(itemId) ?? 0;
  }

  /**
   * What the caller has heard of `itemId` by now: the confirmed part, plus the time the chunk after it
   * has been playing — since the last echo, or since it was sent if the line had gone quiet before it
   * arrived — never past what was sent. An item queued behind another one's unconfirmed audio has not
   * started beyond what is confirmed.
   */
  heardMs(itemId: string): number {
    const confirmed = this.playedMs(itemId);
    const [playing] = this.pending.values();
    if (!playing || playing.itemId !== itemId) return confirmed;
    const since = Math.max(this.lastEchoAt, playing.sentAt);
    return Math.min(this.sentMs(itemId), confirmed + Math.max(0, this.now() - since));
  }

  sentMs(itemId: string): number {
    return this.sent.get(itemId) ?? 0;
  }

  get pendingCount(): number {
    return this.pending.size;
  }
}
