import { parseAgentVoices } from '../voiceConfig.ts';
import type { CascadedSetup } from './cascadedCall.ts';
import { openAiSpeechToText, transcriptSpeechToText } from './speechToText.ts';
import { espeakTextToSpeech, openAiTextToSpeech } from './textToSpeech.ts';
import type { TurnDetectionSettings } from './turnDetector.ts';

/** Where a cascaded call's speech goes: OpenAI-compatible audio endpoints, or offline. */
export type CascadedEndpoints = {
  /** Base URL of `/audio/transcriptions` (`https://api.openai.com/v1`); none: the transcript double. */
  sttUrl?: string;
  sttModel?: string;
  /** Base URL of `/audio/speech`; none: espeak-ng, offline. */
  ttsUrl?: string;
  ttsModel?: string;
  /** Endpoint voice of agents without `voice.name`. */
  ttsVoice?: string;
  /** Endpoint voice per agent, `SWITCHBOARD_VOICES` (`Triage=alloy,Billing=onyx`); `voice.name` in the graph wins. */
  agentVoices?: Record<string, string>;
  apiKey?: string;
};

/** `SWITCHBOARD_STT_URL`, `SWITCHBOARD_STT_MODEL`, `SWITCHBOARD_TTS_URL`, `SWITCHBOARD_TTS_MODEL`, `SWITCHBOARD_TTS_VOICE`, `OPENAI_API_KEY`. */
export function cascadedEndpointsFromEnv(env: NodeJS.ProcessEnv = process.env): CascadedEndpoints {
  return {
    sttUrl: env.SWITCHBOARD_STT_URL || undefined,
    sttModel: env.SWITCHBOARD_STT_MODEL || undefined,
    ttsUrl: env.SWITCHBOARD_TTS_URL || undefined,
    ttsModel: env.SWITCHBOARD_TTS_MODEL || undefined,
    ttsVoice: env.SWITCHBOARD_TTS_VOICE || undefined,
    agentVoices: parseAgentVoices(env.SWITCHBOARD_VOICES),
    apiKey: env.OPENAI_API_KEY || undefined,
  };
}

/**
 * The speech of a cascaded call. Without an STT endpoint the caller's words come from `transcripts`
 * (offline there is no recognizer: no recognition weights are available); without a TTS endpoint the
 * agents speak with espeak-ng.
 */
export function cascadedSetupFrom(
  endpoints: CascadedEndpoints,
  options: {
    transcripts?: readonly (string | undefined)[];
    turnDetection?: Partial<TurnDetectionSettings>;
  } = {},
): CascadedSetup {
  return {
    stt: endpoints.sttUrl
      ? openAiSpeechToText({
          baseUrl: endpoints.sttUrl,
          model: endpoints.sttModel ?? 'whisper-1',
          apiKey: endpoints.apiKey,
        })
      : transcriptSpeechToText(options.transcripts ?? []),
    tts: endpoints.ttsUrl
      ? openAiTextToSpeech({
          baseUrl: endpoints.ttsUrl,
          model: endpoints.ttsModel ?? 'gpt-4o-mini-tts',
          apiKey: endpoints.apiKey,
          defaultVoice: endpoints.ttsVoice,
          agentVoices: endpoints.agentVoices,
        })
      : espeakTextToSpeech(),
    turnDetection: options.turnDetection,
  };
}
