/**
 * The session configuration the Realtime double keeps per connection, in the GA shape. `session.update`
 * changes only the fields it carries and is answered with the whole effective config, as the real API.
 */
export type DoubleSessionConfig = {
  id: string;
  object: 'realtime.session';
  type: 'realtime';
  model: string;
  output_modalities: string[];
  instructions: string;
  tools: { type: string; name: string; description?: string; parameters?: unknown }[];
  tool_choice: unknown;
  max_output_tokens: number | 'inf';
  tracing: unknown;
  audio: {
    input: {
      format: { type: string; rate?: number };
      transcription: unknown;
      noise_reduction: unknown;
      turn_detection: {
        type: string;
        threshold?: number;
        prefix_padding_ms?: number;
        silence_duration_ms?: number;
        create_response?: boolean;
        interrupt_response?: boolean;
        [key: string]: unknown;
      } | null;
    };
    output: { format: { type: string; rate?: number }; voice: string; speed: number };
  };
};

export class SessionUpdateError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly param: string | null = null,
  ) {
    super(message);
  }
}

const FORMAT_TYPES = new Set(['audio/pcm', 'audio/pcmu', 'audio/pcma']);

export function defaultSessionConfig(id: string, model: string): DoubleSessionConfig {
  return {
    id,
    object: 'realtime.session',
    type: 'realtime',
    model,
    output_modalities: ['audio'],
    instructions: '',
    tools: [],
    tool_choice: 'auto',
    max_output_tokens: 'inf',
    tracing: null,
    audio: {
      input: {
        format: { type: 'audio/pcm', rate: 24000 },
        transcription: null,
        noise_reduction: null,
        turn_detection: {
          type: 'server_vad',
          threshold: 0.5,
          prefix_padding_ms: 300,
          silence_duration_ms: 500,
          create_response: true,
          interrupt_response: true,
        },
      },
      output: { format: { type: 'audio/pcm', rate: 24000 }, voice: 'alloy', speed: 1 },
    },
  };
}

function checkFormat(value: unknown, param: string): { type: string; rate?: number } {
  const format = value as { type?: unknown; rate?: unknown } | null;
  if (
    !format ||
    typeof format !== 'object' ||
    typeof format.type !== 'string' ||
    !FORMAT_TYPES.has(format.type)
  )
    throw new SessionUpdateError(
      'invalid_value',
      `Invalid value: ${JSON.stringify(value)}. Supported values are: 'audio/pcm', 'audio/pcmu' and 'audio/pcma'.`,
      param,
    );
  if (format.type === 'audio/pcm' && format.rate !== undefined && format.rate !== 24000)
    throw new SessionUpdateError('invalid_value', 'audio/pcm supports only rate 24000.', `${param}.rate`);
  return format.type === 'audio/pcm' ? { type: 'audio/pcm', rate: 24000 } : { type: format.type };
}

/**
 * Applies a `session.update` payload to `current` and returns the new config (current is not
 * modified, so a rejected update leaves the session exactly as it was). `audioStarted` says whether
 * the assistant already produced audio in this session: the voice is frozen from then on.
 */
export function mergeSessionUpdate(
  current: DoubleSessionConfig,
  update: Record<string, unknown>,
  audioStarted: boolean,
): DoubleSessionConfig {
  if (update.type !== 'realtime' && update.type !== 'transcription')
    throw new SessionUpdateError(
      'missing_required_parameter',
      "Missing required parameter: 'session.type'.",
      'session.type',
    );
  const next: DoubleSessionConfig = structuredClone(current);
  if (typeof update.model === 'string' && update.model !== current.model)
    throw new SessionUpdateError(
      'invalid_value',
      'The model of a session cannot be changed.',
      'session.model',
    );
  if (typeof update.instructions === 'string') next.instructions = update.instructions;
  if (Array.isArray(update.tools)) next.tools = update.tools as DoubleSessionConfig['tools'];
  if (update.tool_choice !== undefined) next.tool_choice = update.tool_choice;
  if (Array.isArray(update.output_modalities)) next.output_modalities = update.output_modalities as string[];
  if (update.tracing !== undefined) next.tracing = update.tracing;
  if (update.max_output_tokens !== undefined) next.max_output_tokens = update.max_output_tokens as number;
  const audio = update.audio as
    | { input?: Record<string, unknown>; output?: Record<string, unknown> }
    | undefined;
  if (audio?.input) {
    const input = audio.input;
    if (input.format !== undefined)
      next.audio.input.format = checkFormat(input.format, 'session.audio.input.format');
    if (input.transcription !== undefined) next.audio.input.transcription = input.transcription;
    if (input.noise_reduction !== undefined) next.audio.input.noise_reduction = input.noise_reduction;
    if (input.turn_detection !== undefined)
      next.audio.input.turn_detection =
        input.turn_detection as DoubleSessionConfig['audio']['input']['turn_detection'];
  }
  if (audio?.output) {
    const output = audio.output;
    if (output.format !== undefined)
      next.audio.output.format = checkFormat(output.format, 'session.audio.output.format');
    if (typeof output.speed === 'number') next.audio.output.speed = output.speed;
    if (typeof output.voice === 'string' && output.voice !== current.audio.output.voice) {
      if (audioStarted)
        throw new SessionUpdateError(
          'cannot_update_voice',
          "Cannot update a conversation's voice if assistant audio is present.",
          'session.audio.output.voice',
        );
      next.audio.output.voice = output.voice;
    }
  }
  return next;
}
