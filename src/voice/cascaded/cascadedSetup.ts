import { parseAgentVoices, VoiceConfigError } from '../voiceConfig.ts';
import { sileroOrEnergyTurnDetector } from './sileroTurnDetector.ts';
import type { CascadedSetup } from './speechSetup.ts';
import { openAiSpeechToText, transcriptSpeechToText } from './speechToText.ts';
import { espeakTextToSpeech, openAiTextToSpeech } from './textToSpeech.ts';
import { energyTurnDetector, type TurnDetectionSettings } from './turnDetector.ts';

/** Where a cascaded call's speech goes: OpenAI-compatible audio endpoints, or offline. */
export type CascadedEndpoints = {
  /** Base URL of `/audio/transcriptions` (`https://api.openai.com/v1`); none: the transcript double. */
  sttUrl?: string;
  sttModel?: string;
  /** Base URL of `/audio/speech`; none: espeak-ng, offline. */
  ttsUrl?: string;
  ttsModel?: string;
  /** Play the speech endpoint's answer as it streams (`pcm`): `SWITCHBOARD_TTS_STREAM=1`. */
  ttsStream?: boolean;
  /** Sample rate of the endpoint's `pcm` (`SWITCHBOARD_TTS_PCM_RATE`, default 24000). */
  ttsPcmRate?: number;
  /** Endpoint voice of agents without `voice.name`. */
  ttsVoice?: string;
  /** Endpoint voice per agent, `SWITCHBOARD_VOICES` (`Triage=alloy,Billing=onyx`); `voice.name` in the graph wins. */
  agentVoices?: Record<string, string>;
  apiKey?: string;
  /** `silero` (default) or `energy`: `SWITCHBOARD_VAD`. */
  vad?: 'silero' | 'energy';
  /** End-of-turn silence and minimum speech, ms: `SWITCHBOARD_VAD_SILENCE_MS`, `SWITCHBOARD_VAD_MIN_SPEECH_MS`. */
  silenceMs?: number;
  minSpeechMs?: number;
};

function ms(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new VoiceConfigError(`${name} must be a non-negative number`);
  return value;
}

/** `SWITCHBOARD_STT_URL`, `SWITCHBOARD_STT_MODEL`, `SWITCHBOARD_TTS_URL`, `SWITCHBOARD_TTS_MODEL`, `SWITCHBOARD_TTS_VOICE`, `SWITCHBOARD_TTS_STREAM`, `OPENAI_API_KEY`. */
export function cascadedEndpointsFromEnv(env: NodeJS.ProcessEnv = process.env): CascadedEndpoints {
  return {
    sttUrl: env.SWITCHBOARD_STT_URL || undefined,
    sttModel: env.SWITCHBOARD_STT_MODEL || undefined,
    ttsUrl: env.SWITCHBOARD_TTS_URL || undefined,
    ttsModel: env.SWITCHBOARD_TTS_MODEL || undefined,
    ttsVoice: env.SWITCHBOARD_TTS_VOICE || undefined,
    ttsStream: flagOf(env, 'SWITCHBOARD_TTS_STREAM'),
    ttsPcmRate: ms(env, 'SWITCHBOARD_TTS_PCM_RATE'),
    agentVoices: parseAgentVoices(env.SWITCHBOARD_VOICES),
    apiKey: env.OPENAI_API_KEY || undefined,
    vad: vadOf(env.SWITCHBOARD_VAD),
    silenceMs: ms(env, 'SWITCHBOARD_VAD_SILENCE_MS'),
    minSpeechMs: ms(env, 'SWITCHBOARD_VAD_MIN_SPEECH_MS'),
  };
}

function flagOf(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw !== '0' && raw !== '1') throw new VoiceConfigError(`${name} must be 0 or 1`);
  return raw === '1';
}

function vadOf(value: string | undefined): 'silero' | 'energy' | undefined {
  if (!value) return undefined;
  if (value !== 'silero' && value !== 'energy')
    throw new VoiceConfigError('SWITCHBOARD_VAD must be silero or energy');
  return value;
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
          stream: endpoints.ttsStream,
          pcmRate: endpoints.ttsPcmRate,
        })
      : espeakTextToSpeech(),
    detector: endpoints.vad === 'energy' ? energyTurnDetector : sileroOrEnergyTurnDetector,
    turnDetection: {
      ...(endpoints.silenceMs === undefined ? {} : { silenceDurationMs: endpoints.silenceMs }),
      ...(endpoints.minSpeechMs === undefined ? {} : { minSpeechMs: endpoints.minSpeechMs }),
      ...options.turnDetection,
    },
  };
}

/**
 * A server's cascaded settings from the environment: `SWITCHBOARD_VOICE_PIPELINE` (`realtime` or
 * `cascaded`, the default of graphs and calls that name none) and, when `SWITCHBOARD_STT_URL` is set, the
 * speech setup (a server has no transcripts to give the offline double, so without a transcription
 * endpoint cascaded calls are refused).
 */
export function cascadedConfigFromEnv(env: NodeJS.ProcessEnv = process.env): {
  pipeline?: 'realtime' | 'cascaded';
  cascaded?: CascadedSetup;
} {
  const pipeline = env.SWITCHBOARD_VOICE_PIPELINE || undefined;
  if (pipeline && pipeline !== 'realtime' && pipeline !== 'cascaded')
    throw new VoiceConfigError('SWITCHBOARD_VOICE_PIPELINE must be realtime or cascaded');
  const endpoints = cascadedEndpointsFromEnv(env);
  return {
    ...(pipeline ? { pipeline: pipeline as 'realtime' | 'cascaded' } : {}),
    ...(endpoints.sttUrl ? { cascaded: cascadedSetupFrom(endpoints) } : {}),
  };
}
