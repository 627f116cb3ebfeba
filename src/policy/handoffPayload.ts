import { z } from 'zod';
import type { HandoffPayload } from '../graph/types.ts';

/** The typed payload of every handoff tool. `intent` is nullable because strict JSON schemas require every key. */
export const HandoffPayloadSchema = z.object({
  reason: z.string().trim().min(3, 'reason must say why (at least 3 characters)').max(500),
  intent: z.string().trim().max(120).nullable().optional(),
}) satisfies z.ZodType<HandoffPayload>;

/**
 * A handoff call's arguments as the schema parses them, or the error to show the model (the first check
 * of handoffReview.ts).
 */
export function parseHandoffPayload(
  raw: string,
): { ok: true; value: HandoffPayload } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw || '{}');
  } catch {
    return { ok: false, error: 'arguments are not valid JSON' };
  }
  const plain = wellFormed(json);
  if (plain) return { ok: true, value: plain };
  const parsed = HandoffPayloadSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '),
  };
}

/**
 * What the schema makes of a payload that plainly satisfies it, without zod (about 1.5 µs of every
 * handoff in a running turn); null for anything else, which the schema then parses and words the error
 * for. `handoff_payload.test.ts` holds both to the same answers on generated payloads.
 */
function wellFormed(json: unknown): HandoffPayload | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const { reason, intent } = json as { reason?: unknown; intent?: unknown };
  if (typeof reason !== 'string') return null;
  const why = reason.trim();
  if (why.length < 3 || why.length > 500) return null;
  if (!Object.hasOwn(json, 'intent')) return { reason: why };
  if (intent === null) return { reason: why, intent: null };
  if (typeof intent !== 'string' || intent.trim().length > 120) return null;
  return { reason: why, intent: intent.trim() };
}
