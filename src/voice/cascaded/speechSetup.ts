import type { SpeechToText } from './speechToText.ts';
import type { TextToSpeech } from './textToSpeech.ts';
import type { TurnDetectionSettings, TurnDetector } from './turnDetector.ts';

/**
 * What a cascaded call runs on: speech-to-text, text-to-speech, voice activity detection. A module of
 * its own so the voice config can name it without importing the call (which imports the session).
 */
export type CascadedSetup = {
  stt: SpeechToText;
  tts: TextToSpeech;
  /** The VAD of one call (default: Silero, energy if it cannot load); `settings` are the end-of-turn settings. */
  detector?: (sampleRate: number, settings: TurnDetectionSettings) => TurnDetector | Promise<TurnDetector>;
  turnDetection?: Partial<TurnDetectionSettings>;
};
