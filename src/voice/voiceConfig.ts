import type { VoicePipeline } from '../graph/types.ts';
import type { CascadedSetup } from './cascaded/speechSetup.ts';
import { parseTwilioNumbers, TwilioNumbersError } from './twilioTenants.ts';
/** Everything a voice call needs besides the graph and the store. */
export type VoiceConfig = {
  /** Realtime WebSocket endpoint; tests point it at the local double. */
  realtimeUrl: string;
  /** Realtime model; one per session (the API cannot switch models mid-call). */
  model: string;
  /** Sent as `Authorization: Bearer`; stays on the server (browsers never see it). */
  apiKey: string | undefined;
  /**
   * Public base URL of this server as Twilio reaches it (`https://voice.example.com`). TwiML streams to
   * `wss://<host>/twilio/media` and Twilio signatures are computed on these URLs, not on what a proxy forwards.
   */
  publicUrl: string | undefined;
  /** Twilio account auth token: the key of `X-Twilio-Signature`. Without it the Twilio routes refuse every request. */
  twilioAuthToken: string | undefined;
  /** Our Twilio numbers → tenant (`SWITCHBOARD_TWILIO_NUMBERS`); a call's conversation belongs to its number's tenant. */
  twilioNumbers: Record<string, string>;
  /**
   * A call socket (Twilio media stream, browser call) that has not sent `start` this long after it opened
   * is closed: Twilio and the dashboard send it at once, an idle socket only holds a connection.
   */
  streamStartTimeoutMs: number;
  /** A tool still running after this long makes the agent say `fillerText` (default 1500 ms). */
  fillerAfterMs: number;
  fillerText: string;
  /** A tool that needs approval holds the caller this long for the decision, then a callback is promised. */
  approvalHoldMs: number;
  /** Voice of agents without their own entry in `agentVoices`. */
  defaultVoice: string;
  /** Per-agent voices; honoured only until the first audio of the call (the API freezes the voice then). */
  agentVoices: Record<string, string>;
  /** The entry agent speaks first when a call connects (a phone greeting); off means it waits for the caller. */
  greet: boolean;
  /** Server VAD settings sent to the Realtime API. */
  turnDetection: { threshold: number; prefixPaddingMs: number; silenceDurationMs: number };
  /** Pipeline of calls whose graph and call name none (default `realtime`). */
  pipeline?: VoicePipeline;
  /** Speech-to-text, text-to-speech and VAD of cascaded calls; without it a cascaded call is refused. */
  cascaded?: CascadedSetup;
};

export const DEFAULT_REALTIME_URL = 'wss://api.openai.com/v1/realtime';
export const DEFAULT_REALTIME_MODEL = 'gpt-realtime';
export const DEFAULT_FILLER_TEXT = "One moment, I'm pulling that up.";

export class VoiceConfigError extends Error {
  override name = 'VoiceConfigError';
}

/** `Triage=marin,Billing=cedar` → { Triage: 'marin', Billing: 'cedar' }. */
export function parseAgentVoices(text: string | undefined): Record<string, string> {
  const voices: Record<string, string> = {};
  for (const pair of (text ?? '').split(',')) {
    if (pair.trim() === '') continue;
    const [agent, voice] = pair.split('=').map((s) => s.trim());
    if (!agent || !voice)
      throw new VoiceConfigError(`SWITCHBOARD_VOICES entry "${pair}" must be Agent=voice`);
    voices[agent] = voice;
  }
  return voices;
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new VoiceConfigError(`${name} must be a non-negative number`);
  return value;
}

/**
 * Voice settings from the environment: `SWITCHBOARD_REALTIME_URL`, `SWITCHBOARD_REALTIME_MODEL`,
 * `OPENAI_API_KEY`, `SWITCHBOARD_PUBLIC_URL`, `TWILIO_AUTH_TOKEN`, `SWITCHBOARD_TWILIO_NUMBERS`
 * (`+15550002222=acme,*=acme`), `SWITCHBOARD_VOICE_FILLER_MS`,
 * `SWITCHBOARD_VOICE_FILLER_TEXT`, `SWITCHBOARD_VOICE` (default voice), `SWITCHBOARD_VOICES`
 * (`Agent=voice,…`), `SWITCHBOARD_VOICE_GREET` (`0` to wait for the caller).
 */
export function voiceConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<VoiceConfig> = {},
): VoiceConfig {
  const publicUrl = env.SWITCHBOARD_PUBLIC_URL?.replace(/\/+$/, '') || undefined;
  if (publicUrl && !/^https?:\/\//.test(publicUrl))
    throw new VoiceConfigError(
      'SWITCHBOARD_PUBLIC_URL must start with https:// (or http:// for local tests)',
    );
  return {
    realtimeUrl: env.SWITCHBOARD_REALTIME_URL || DEFAULT_REALTIME_URL,
    model: env.SWITCHBOARD_REALTIME_MODEL || DEFAULT_REALTIME_MODEL,
    apiKey: env.OPENAI_API_KEY || undefined,
    publicUrl,
    twilioAuthToken: env.TWILIO_AUTH_TOKEN || undefined,
    twilioNumbers: twilioNumbersFrom(env),
    streamStartTimeoutMs: 5000,
    fillerAfterMs: number(env, 'SWITCHBOARD_VOICE_FILLER_MS', 1500),
    fillerText: env.SWITCHBOARD_VOICE_FILLER_TEXT || DEFAULT_FILLER_TEXT,
    approvalHoldMs: number(env, 'SWITCHBOARD_VOICE_APPROVAL_HOLD_MS', 60_000),
    defaultVoice: env.SWITCHBOARD_VOICE || 'marin',
    agentVoices: parseAgentVoices(env.SWITCHBOARD_VOICES),
    greet: env.SWITCHBOARD_VOICE_GREET !== '0',
    turnDetection: { threshold: 0.5, prefixPaddingMs: 300, silenceDurationMs: 500 },
    ...overrides,
  };
}

function twilioNumbersFrom(env: NodeJS.ProcessEnv): Record<string, string> {
  try {
    return parseTwilioNumbers(env.SWITCHBOARD_TWILIO_NUMBERS);
  } catch (error) {
    if (error instanceof TwilioNumbersError) throw new VoiceConfigError(error.message);
    throw error;
  }
}

/** The Realtime URL with the model as a query parameter, as the API expects it. */
export function realtimeUrlFor(config: Pick<VoiceConfig, 'realtimeUrl' | 'model'>): string {
  const url = new URL(config.realtimeUrl);
  if (!url.searchParams.has('model')) url.searchParams.set('model', config.model);
  return url.toString();
}
