import { EnergyVad, type VadEvent } from './energyVad.ts';

/**
 * End-of-turn settings: speech shorter than `minSpeechMs` is not a turn (a cough, a click), and a
 * turn ends after `silenceDurationMs` without speech. `prefixPaddingMs` of audio before the detected
 * onset is kept, so the first syllable reaches speech-to-text.
 */
export type TurnDetectionSettings = {
  threshold: number;
  prefixPaddingMs: number;
  silenceDurationMs: number;
  minSpeechMs: number;
};

export const DEFAULT_TURN_DETECTION: TurnDetectionSettings = {
  threshold: 0.5,
  prefixPaddingMs: 300,
  silenceDurationMs: 500,
  minSpeechMs: 250,
};

/** Voice activity detection for one call, in audio time: PCM16 in, speech start/stop events out. */
export interface TurnDetector {
  readonly name: string;
  push(samples: Int16Array): VadEvent[] | Promise<VadEvent[]>;
  close?(): Promise<void>;
}

/** The energy VAD (what the Realtime double uses), with a minimum speech length on top. */
export function energyTurnDetector(sampleRate: number, settings: TurnDetectionSettings): TurnDetector {
  const vad = new EnergyVad(sampleRate);
  let startedAt = 0;
  return {
    name: 'energy',
    push(samples) {
      const out: VadEvent[] = [];
      for (const event of vad.push(samples, settings)) {
        if (event.type === 'speech_started') startedAt = event.audioStartMs;
        else if (event.audioEndMs - startedAt - settings.prefixPaddingMs < settings.minSpeechMs) continue;
        out.push(event);
      }
      return out;
    },
  };
}
