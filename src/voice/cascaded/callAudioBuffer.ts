/** The caller's audio of the current utterance, addressed in audio time (ms since the call began). */
export class CallAudioBuffer {
  private chunks: { startMs: number; samples: Int16Array }[] = [];
  private positionMs = 0;

  constructor(private readonly sampleRate: number) {}

  append(samples: Int16Array): void {
    this.chunks.push({ startMs: this.positionMs, samples });
    this.positionMs += (samples.length / this.sampleRate) * 1000;
    // Nobody speaks for a minute without pausing: anything older is not part of a turn.
    while (this.chunks.length > 0 && this.chunks[0].startMs < this.positionMs - 60_000) this.chunks.shift();
  }

  /** Samples from `fromMs` to `toMs` of call audio. */
  slice(fromMs: number, toMs: number): Int16Array {
    const parts: Int16Array[] = [];
    for (const chunk of this.chunks) {
      const chunkEnd = chunk.startMs + (chunk.samples.length / this.sampleRate) * 1000;
      if (chunkEnd <= fromMs || chunk.startMs >= toMs) continue;
      const a = Math.max(0, Math.round(((fromMs - chunk.startMs) * this.sampleRate) / 1000));
      const b = Math.min(chunk.samples.length, Math.round(((toMs - chunk.startMs) * this.sampleRate) / 1000));
      parts.push(chunk.samples.subarray(a, b));
    }
    const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  dropBefore(ms: number): void {
    this.chunks = this.chunks.filter((c) => c.startMs + (c.samples.length / this.sampleRate) * 1000 > ms);
  }
}
