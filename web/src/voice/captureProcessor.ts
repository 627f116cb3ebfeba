/*
 * The microphone's AudioWorklet: runs on the audio thread and posts the input's first channel to the
 * page in batches of about 20 ms (the render quantum is only 128 samples). Loaded as its own bundled
 * file (`?worker&url`): the dashboard's CSP allows scripts from 'self' only, so no blob: module.
 */

// The AudioWorkletGlobalScope is not in TypeScript's DOM library: the two names used here.
declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
  abstract process(inputs: Float32Array[][]): boolean;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;
declare const sampleRate: number;

class CaptureProcessor extends AudioWorkletProcessor {
  private readonly batch = new Float32Array(Math.ceil(sampleRate / 50));
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    let offset = 0;
    while (offset < channel.length) {
      const take = Math.min(channel.length - offset, this.batch.length - this.filled);
      this.batch.set(channel.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === this.batch.length) {
        this.port.postMessage(this.batch.slice());
        this.filled = 0;
      }
    }
    return true;
  }
}

// The name microphone.ts creates the node with (not imported from here: this file must stay out of the page bundle).
registerProcessor('switchboard-capture', CaptureProcessor);

export {};
