import { z } from 'zod';

/**
 * Twilio Media Streams messages (JSON text frames). Twilio sends numbers as strings; only the fields
 * the bridge relies on are required, so additive protocol changes never break a call.
 */
const Connected = z.object({ event: z.literal('connected') }).passthrough();

const Start = z
  .object({
    event: z.literal('start'),
    streamSid: z.string().min(1).optional(),
    start: z
      .object({
        streamSid: z.string().min(1),
        callSid: z.string().optional(),
        accountSid: z.string().optional(),
        customParameters: z.record(z.string(), z.string()).optional(),
        mediaFormat: z
          .object({ encoding: z.string(), sampleRate: z.coerce.number(), channels: z.coerce.number() })
          .partial()
          .optional(),
      })
      .passthrough(),
  })
  .passthrough();

const Media = z
  .object({
    event: z.literal('media'),
    streamSid: z.string().optional(),
    media: z
      .object({ payload: z.string(), track: z.string().optional(), timestamp: z.string().optional() })
      .passthrough(),
  })
  .passthrough();

const Dtmf = z
  .object({ event: z.literal('dtmf'), dtmf: z.object({ digit: z.string().min(1).max(1) }).passthrough() })
  .passthrough();

const Mark = z
  .object({ event: z.literal('mark'), mark: z.object({ name: z.string() }).passthrough() })
  .passthrough();

const Stop = z.object({ event: z.literal('stop') }).passthrough();

export const TwilioInboundMessage = z.discriminatedUnion('event', [
  Connected,
  Start,
  Media,
  Dtmf,
  Mark,
  Stop,
]);
export type TwilioInboundMessage = z.infer<typeof TwilioInboundMessage>;

export type ParsedTwilioFrame =
  | { ok: true; message: TwilioInboundMessage }
  | { ok: false; problem: 'not_json' | 'unknown_event' | 'invalid_fields'; detail: string };

const KNOWN = new Set(['connected', 'start', 'media', 'dtmf', 'mark', 'stop']);

/** Parses one frame without throwing: a bad frame is described, never fatal. */
export function parseTwilioFrame(raw: string): ParsedTwilioFrame {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not_json', detail: `frame is not JSON (${raw.length} bytes)` };
  }
  const event = (json as { event?: unknown } | null)?.event;
  if (typeof event !== 'string' || !KNOWN.has(event))
    return { ok: false, problem: 'unknown_event', detail: `unknown event ${JSON.stringify(event ?? null)}` };
  const parsed = TwilioInboundMessage.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problem: 'invalid_fields',
      detail: `${event}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    };
  return { ok: true, message: parsed.data };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes a media payload; null when it is not canonical base64 (Node would silently skip bad characters). */
export function decodeMediaPayload(payload: string): Uint8Array | null {
  if (payload.length % 4 !== 0 || !BASE64.test(payload)) return null;
  return new Uint8Array(Buffer.from(payload, 'base64'));
}

export const twilioOutbound = {
  media: (streamSid: string, audio: Uint8Array) =>
    JSON.stringify({ event: 'media', streamSid, media: { payload: Buffer.from(audio).toString('base64') } }),
  mark: (streamSid: string, name: string) => JSON.stringify({ event: 'mark', streamSid, mark: { name } }),
  clear: (streamSid: string) => JSON.stringify({ event: 'clear', streamSid }),
};
