import processorUrl from './captureProcessor.ts?worker&url';

export type MicrophoneProblem = 'permission' | 'unavailable' | 'insecure';

/** Why the microphone could not be opened, in words a person can act on. */
export class MicrophoneError extends Error {
  constructor(
    readonly problem: MicrophoneProblem,
    message: string,
  ) {
    super(message);
    this.name = 'MicrophoneError';
  }
}

export type Microphone = {
  /** The rate of the samples handed to `onSamples` (the AudioContext's). */
  sampleRate: number;
  /** `worklet` normally; `script-processor` on browsers without AudioWorklet. */
  capture: 'worklet' | 'script-processor';
  stop(): void;
};

/** What getUserMedia's failures mean for the caller. */
function explain(error: unknown): MicrophoneError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return new MicrophoneError(
      'permission',
      'Microphone access was denied. Allow the microphone for this site in the browser, then call again.',
    );
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return new MicrophoneError('unavailable', 'No microphone was found on this device.');
  if (name === 'NotReadableError')
    return new MicrophoneError('unavailable', 'The microphone is in use by another application.');
  return new MicrophoneError('unavailable', `The microphone could not be opened: ${String(error)}`);
}

/**
 * Opens the microphone on `context` and hands its samples (mono, the context's rate, about 20 ms at
 * a time) to `onSamples`. Echo cancellation stays on: without it the agent's voice from the speakers
 * would be heard as the caller talking over it (a barge-in). AudioWorklet when the browser has it,
 * otherwise a ScriptProcessor. Neither is audible: both feed a muted gain node.
 */
export async function openMicrophone(
  context: AudioContext,
  onSamples: (samples: Float32Array) => void,
): Promise<Microphone> {
  if (!navigator.mediaDevices?.getUserMedia)
    throw new MicrophoneError(
      'insecure',
      'This browser offers no microphone here: calls need https:// (or localhost).',
    );
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
  } catch (error) {
    throw explain(error);
  }
  const source = context.createMediaStreamSource(stream);
  const mute = context.createGain();
  mute.gain.value = 0;
  mute.connect(context.destination);
  let node: AudioNode;
  let capture: Microphone['capture'] = 'worklet';
  try {
    if (!context.audioWorklet) throw new Error('no AudioWorklet');
    await context.audioWorklet.addModule(processorUrl);
    const worklet = new AudioWorkletNode(context, 'switchboard-capture', {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      channelCount: 1,
      channelCountMode: 'explicit',
    });
    worklet.port.onmessage = (event: MessageEvent<Float32Array>) => onSamples(event.data);
    node = worklet;
  } catch {
    capture = 'script-processor';
    const processor = context.createScriptProcessor(1024, 1, 1);
    processor.onaudioprocess = (event) => onSamples(event.inputBuffer.getChannelData(0).slice());
    node = processor;
  }
  source.connect(node);
  node.connect(mute);
  return {
    sampleRate: context.sampleRate,
    capture,
    stop() {
      for (const track of stream.getTracks()) track.stop();
      source.disconnect();
      node.disconnect();
      mute.disconnect();
      if (node instanceof AudioWorkletNode) node.port.onmessage = null;
      else if (node instanceof ScriptProcessorNode) node.onaudioprocess = null;
    },
  };
}
