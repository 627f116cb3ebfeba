import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpError } from '../http/httpError.ts';
import type { Switchboard } from '../runtime/switchboard.ts';
import { type TwilioNumberMap, tenantOfCall } from '../voice/twilioTenants.ts';
import type { OutboundCalls } from './outboundCalls.ts';
import { TwilioApiError } from './twilioRestClient.ts';

const E164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number like +14155550100');
export const PlaceCallBody = z.strictObject({
  graph: z.string().min(1),
  to: E164,
  /** Our Twilio number; default TWILIO_FROM_NUMBER. */
  from: E164.optional(),
  context: z.record(z.string(), z.unknown()).optional(),
});

export const PlacedCallResponse = z.object({
  callId: z.string(),
  callSid: z.string(),
  conversationId: z.string(),
});

/** `POST /v1/calls` in the OpenAPI document (src/server/openapi.ts). */
export const CALL_COMPONENTS: [string, z.ZodType, 'input' | 'output'][] = [
  ['PlaceCallRequest', PlaceCallBody, 'input'],
  ['PlacedCall', PlacedCallResponse, 'output'],
];
const ERRORS = { 400: 'Error', 401: 'Error', 403: 'Error', 404: 'Error', 429: 'Error', 502: 'Error' };
export const CALL_OPERATIONS = [
  {
    method: 'post' as const,
    path: '/v1/calls',
    summary:
      "Places an outbound phone call (Twilio) whose stream enters the graph with the context; from must be one of the caller tenant's numbers. 404 when no Twilio account is configured, 502 when Twilio refuses",
    tag: 'telephony',
    body: 'PlaceCallRequest',
    responses: { 201: 'PlacedCall', ...ERRORS },
  },
];

/** What placing a call needs, once telephony is configured (the voice routes provide it). */
export type CallPlacer = { outbound: OutboundCalls; twilioNumbers: TwilioNumberMap };

/**
 * `POST /v1/calls` `{graph, to, from?, context?}` → 201 `{callId, callSid, conversationId}`: places an
 * outbound call whose stream enters `graph` with `context` (see OutboundCalls). Authenticated like
 * the rest of `/v1`. The conversation belongs to the tenant of our number `from`
 * (SWITCHBOARD_TWILIO_NUMBERS), as the voice webhook decides for the answered call; a key may only
 * call from its own tenant's numbers (403 otherwise). On the API server it sits in the `/v1` scope
 * (`path` `/calls`: authenticated, rate limited, in the every-route security tests) and answers 404
 * until the voice routes have provided the placer (no Twilio account: nothing can be placed).
 */
export function registerCallsApi(
  app: FastifyInstance,
  options: {
    path: string;
    graphs: ReadonlyMap<string, Switchboard>;
    placer: () => CallPlacer | null;
    authenticate: (request: FastifyRequest) => Promise<{ tenant: string | null }>;
  },
): void {
  const { graphs, authenticate } = options;
  app.post(options.path, async (request, reply) => {
    const { tenant } = await authenticate(request);
    const parsed = PlaceCallBody.safeParse(request.body);
    if (!parsed.success)
      throw new HttpError(
        400,
        parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
    const body = parsed.data;
    const placer = options.placer();
    if (!placer)
      throw new HttpError(
        404,
        'outbound calls are off on this server: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN',
      );
    const { outbound, twilioNumbers } = placer;
    const sb = graphs.get(body.graph);
    if (!sb) throw new HttpError(404, `graph "${body.graph}" is not served here`);
    const from = body.from ?? process.env.TWILIO_FROM_NUMBER;
    if (!from)
      throw new HttpError(400, 'from: give the Twilio number to call from, or set TWILIO_FROM_NUMBER');
    const numberTenant = tenantOfCall(twilioNumbers, { Direction: 'outbound-api', From: from });
    if (tenant !== null && numberTenant !== tenant)
      throw new HttpError(
        403,
        `from: ${from} is not one of this tenant's numbers (SWITCHBOARD_TWILIO_NUMBERS maps it to ${numberTenant === null ? 'no tenant' : 'another tenant'})`,
        'from',
      );
    const checked = sb.graph.contextSchema.safeParse(body.context ?? {});
    if (!checked.success)
      throw new HttpError(
        400,
        `context: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    try {
      const placed = await outbound.place(sb, {
        to: body.to,
        from,
        context: checked.data as Record<string, unknown>,
        tenant: numberTenant,
      });
      return reply.code(201).send(placed);
    } catch (error) {
      if (error instanceof TwilioApiError) throw new HttpError(502, error.message);
      throw error;
    }
  });
}
