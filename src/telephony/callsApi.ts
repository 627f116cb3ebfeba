import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Switchboard } from '../runtime/switchboard.ts';
import { HttpError } from '../server/errors.ts';
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

/**
 * `POST /v1/calls` `{graph, to, from?, context?}` → 201 `{callId, callSid, conversationId}`: places an
 * outbound call whose stream enters `graph` with `context` (see OutboundCalls). Authenticated like
 * the rest of `/v1`. The conversation belongs to the tenant of our number `from`
 * (SWITCHBOARD_TWILIO_NUMBERS), as the voice webhook decides for the answered call; a key may only
 * call from its own tenant's numbers (403 otherwise).
 */
export function registerCallsApi(
  app: FastifyInstance,
  graphs: ReadonlyMap<string, Switchboard>,
  outbound: OutboundCalls,
  authenticate: (request: FastifyRequest) => Promise<{ tenant: string | null }>,
  twilioNumbers: TwilioNumberMap,
): void {
  app.post('/v1/calls', async (request, reply) => {
    const { tenant } = await authenticate(request);
    const parsed = PlaceCallBody.safeParse(request.body);
    if (!parsed.success)
      throw new HttpError(
        400,
        parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
    const body = parsed.data;
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
