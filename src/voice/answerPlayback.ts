import type { CallerLeg } from './callerLeg.ts';

/** Mark echoes lost (a stalled stream) must not hold a turn forever: past the audio left plus this, it is written. */
const LOST_MARKS_SLACK_MS = 1000;

/**
 * Holds a finished answer until the caller has heard it, then writes the turn.
 *
 * The model generates speech much faster than it plays: `response.done` arrives while most of the
 * audio still sits in the caller's buffer. Writing the turn then would store words the caller never
 * heard if they barge in — and a stored item cannot be taken back. So the turn is written when the
 * leg reports the answer's audio played (mark echoes, browser playback reports), or at once when a
 * barge-in truncated it (the recorder has cut the words by then). A leg that cannot tell what played
 * writes at once; lost marks write after the remaining audio time plus a slack.
 */
export class AnswerPlayback {
  private waiting: { items: string[]; timer: ReturnType<typeof setTimeout> } | null = null;
  /** Items a barge-in cut: their rest will never play, and what was heard is already known. */
  private readonly cut = new Set<string>();

  constructor(
    private readonly leg: CallerLeg,
    private readonly sentMs: (itemId: string) => number,
    private readonly write: () => void,
  ) {
    leg.onPlayed = () => {
      if (this.waiting && this.unheard(this.waiting.items).length === 0) this.release();
    };
  }

  get holding(): boolean {
    return this.waiting !== null;
  }

  /** An answer made of these assistant items is complete. */
  answered(items: string[]) {
    this.cancel();
    const unheard = this.unheard(items);
    if (unheard.length === 0) return this.write();
    const leftMs = Math.max(...unheard.map((id) => this.sentMs(id) - (this.leg.playedMs(id) ?? 0)));
    const timer = setTimeout(() => this.release(), leftMs + LOST_MARKS_SLACK_MS);
    timer.unref?.();
    this.waiting = { items, timer };
  }

  /** A barge-in cut the answer short: what was heard is known now. */
  truncated(itemId: string): void {
    this.cut.add(itemId);
    if (this.waiting?.items.includes(itemId)) this.release();
  }

  /** A new caller turn (or the end of the call) writes the pending turn itself. */
  cancel(): void {
    if (this.waiting) clearTimeout(this.waiting.timer);
    this.waiting = null;
  }

  private release(): void {
    this.cancel();
    this.write();
  }

  private unheard(items: string[]): string[] {
    return items.filter((id) => {
      if (this.cut.has(id)) return false;
      const played = this.leg.playedMs(id);
      // Sums of per-chunk durations on both sides: allow a millisecond of rounding.
      return played !== null && played + 1 < this.sentMs(id);
    });
  }
}
