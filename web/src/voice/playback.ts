/** One scheduled piece of agent audio. */
type Chunk = {
  itemId: string;
  source: AudioBufferSourceNode;
  /** Context time the chunk starts and ends playing. */
  start: number;
  end: number;
  /** Milliseconds of its item before this chunk. */
  offsetMs: number;
};

export type PlaybackCounts = { received: number; played: number };

/** How far ahead of "now" the first chunk after a gap is scheduled: room for the next one to arrive. */
const LEAD_S = 0.06;
const REPORT_EVERY_MS = 100;

/**
 * Agent audio through the Web Audio API: chunks are scheduled back to back on the context's clock,
 * however fast they arrive (the relay forwards the model's audio as it is generated, faster than real
 * time). `clear()` (a barge-in) stops what is playing and drops the queue at once. While audio plays,
 * `onPlayed(itemId, ms)` reports how much of the item the caller has heard, so the server truncates
 * the agent's answer where the caller really stopped listening.
 */
export class AgentAudioPlayer {
  private queue: Chunk[] = [];
  private nextStart = 0;
  private readonly itemMs = new Map<string, number>();
  private readonly reported = new Map<string, number>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private counts: PlaybackCounts = { received: 0, played: 0 };

  constructor(
    private readonly context: AudioContext,
    private readonly onPlayed: (itemId: string, ms: number) => void,
    private readonly onCounts: (counts: PlaybackCounts) => void = () => {},
  ) {}

  get playing(): boolean {
    return this.queue.length > 0;
  }

  enqueue(itemId: string, samples: Float32Array, sampleRate: number): void {
    if (samples.length === 0) return;
    const buffer = this.context.createBuffer(1, samples.length, sampleRate);
    buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.context.destination);
    const start = Math.max(this.nextStart, this.context.currentTime + LEAD_S);
    const offsetMs = this.itemMs.get(itemId) ?? 0;
    const chunk: Chunk = { itemId, source, start, end: start + buffer.duration, offsetMs };
    this.itemMs.set(itemId, offsetMs + buffer.duration * 1000);
    this.nextStart = chunk.end;
    source.onended = () => this.finished(chunk);
    source.start(start);
    this.queue.push(chunk);
    this.count({ received: this.counts.received + 1 });
    this.timer ??= setInterval(() => this.report(), REPORT_EVERY_MS);
  }

  /** Stops playback now and drops everything queued (barge-in, hang-up). */
  clear(): void {
    this.report();
    const dropped = this.queue;
    this.queue = [];
    this.nextStart = 0;
    for (const chunk of dropped) {
      chunk.source.onended = null;
      try {
        chunk.source.stop();
      } catch {
        // not started yet on some browsers: disconnecting is enough
      }
      chunk.source.disconnect();
    }
    this.idle();
  }

  close(): void {
    this.clear();
  }

  private finished(chunk: Chunk): void {
    this.queue = this.queue.filter((c) => c !== chunk);
    this.count({ played: this.counts.played + 1 });
    this.send(chunk.itemId, chunk.offsetMs + (chunk.end - chunk.start) * 1000);
    if (this.queue.length === 0) this.idle();
  }

  /** Reports the item playing now, as far as it has been heard. */
  private report(): void {
    const now = this.context.currentTime;
    const current = this.queue.find((c) => c.start <= now && now < c.end);
    if (current) this.send(current.itemId, current.offsetMs + (now - current.start) * 1000);
  }

  private send(itemId: string, ms: number): void {
    const rounded = Math.floor(ms);
    if ((this.reported.get(itemId) ?? -1) >= rounded) return;
    this.reported.set(itemId, rounded);
    this.onPlayed(itemId, rounded);
  }

  private idle(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private count(change: Partial<PlaybackCounts>): void {
    this.counts = { ...this.counts, ...change };
    this.onCounts(this.counts);
  }
}
