/**
 * One agent reply being spoken: which sentences went to the caller and how long each lasts, so a
 * barge-in can tell which words were heard (sentences by their audio, words inside the one cut off
 * by their share of its characters).
 */
export class SpokenReply {
  cancelled = false;
  synthesisDone = false;
  sentMs = 0;
  private readonly spans: { text: string; startMs: number; endMs: number }[] = [];

  constructor(
    readonly itemId: string,
    readonly turn: number,
    readonly agent: string,
    readonly text: string,
  ) {}

  sent(sentence: string, ms: number): void {
    this.spans.push({ text: sentence, startMs: this.sentMs, endMs: this.sentMs + ms });
    this.sentMs += ms;
  }

  /** The words of the reply heard in the first `heardMs` of its audio. */
  heardText(heardMs: number): string {
    const words: string[] = [];
    for (const span of this.spans) {
      if (heardMs >= span.endMs) {
        words.push(span.text);
        continue;
      }
      if (heardMs > span.startMs) {
        const share = (heardMs - span.startMs) / (span.endMs - span.startMs);
        const sentenceWords = span.text.split(/\s+/);
        const count = Math.floor(share * sentenceWords.length);
        if (count > 0) words.push(sentenceWords.slice(0, count).join(' '));
      }
      break;
    }
    return words.join(' ');
  }
}
