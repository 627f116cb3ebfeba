import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http/httpError.ts';
import type { Switchboard } from '../runtime/switchboard.ts';
import { isValidTwilioSignature } from '../voice/twilioSignature.ts';
import type { TwilioNumberMap } from '../voice/twilioTenants.ts';
import { type CallPlacer, registerCallsApi } from './callsApi.ts';
import { OutboundCalls } from './outboundCalls.ts';
import { PhoneTransfers } from './phoneTransfers.ts';
import type { TransferState } from './transferState.ts';
import { TwilioRestClient, type TwilioRestConfig, twilioRestConfigFromEnv } from './twilioRestClient.ts';

export type TelephonyDeps = {
  graphs: ReadonlyMap<string, Switchboard>;
  /** Read at each request: a loopback server learns its own URL only once it listens. */
  publicUrl: () => string | undefined;
  /** The REST account; undefined reads TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN/TWILIO_API_BASE_URL, null turns telephony off. */
  rest?: TwilioRestConfig | null;
  /** API-key check of `POST /v1/calls`; without it the route is not registered. */
  authenticate?: (request: FastifyRequest) => Promise<{ tenant: string | null }>;
  /**
   * On the API server: `POST /v1/calls` lives in its `/v1` scope (rate limit, security tests) and gets
   * the placer from here; this plugin then registers no route of its own.
   */
  provideCalls?: (placer: CallPlacer) => void;
  /** Our numbers' tenants (SWITCHBOARD_TWILIO_NUMBERS): an outbound call's conversation gets `from`'s. */
  twilioNumbers?: TwilioNumberMap;
};

const FORM = 'application/x-www-form-urlencoded';
const TWIML = (body = '') => `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;

/**
 * Phone transfers on the server: watches every graph's calls and registers Twilio's transfer
 * callbacks, `POST /twilio/transfers/:id/{action,status,amd}`, each checked against
 * `X-Twilio-Signature` (the account's auth token over the public URL and the form) like the voice
 * webhook. Returns null (nothing registered) when the Twilio account is not set: a handoff to a node
 * with a phone target then parks the call as before (so does one while the public URL is unknown).
 */
export type Telephony = { transfers: PhoneTransfers; outbound: OutboundCalls };

export async function registerTelephony(
  app: FastifyInstance,
  deps: TelephonyDeps,
): Promise<Telephony | null> {
  const rest = deps.rest === undefined ? twilioRestConfigFromEnv() : deps.rest;
  if (!rest) return null;
  const client = new TwilioRestClient(rest);
  const transfers = new PhoneTransfers({
    client,
    graphs: deps.graphs,
    publicUrl: deps.publicUrl,
    log: app.log,
  });
  const outbound = new OutboundCalls({ client, publicUrl: deps.publicUrl });
  const unwatch = [...deps.graphs.values()].map((sb) => transfers.watch(sb));
  app.addHook('onClose', async () => {
    for (const stop of unwatch) stop();
  });

  await app.register(async (scope) => {
    scope.addContentTypeParser(FORM, { parseAs: 'string' }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    const signed = (request: FastifyRequest): Record<string, string> => {
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]
        .trim()
        .toLowerCase();
      if (type !== FORM) throw new HttpError(415, `Twilio callbacks take ${FORM}`);
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries((request.body as Record<string, unknown>) ?? {}))
        params[key] = String(value);
      if (
        !isValidTwilioSignature(
          rest.authToken,
          request.headers['x-twilio-signature'],
          `${deps.publicUrl() ?? ''}${request.url}`,
          params,
        )
      )
        throw new HttpError(403, 'invalid X-Twilio-Signature');
      return params;
    };
    // The transfer is read from the store by the ids in its (signed) callback URL: any node answers.
    const transfer = async <T>(
      request: FastifyRequest,
      work: (transfer: TransferState) => Promise<T>,
    ): Promise<T> => {
      const { id } = request.params as { id: string };
      const query = request.query as { graph?: string; conversation?: string };
      const ref = { id, graph: String(query.graph ?? ''), conversationId: String(query.conversation ?? '') };
      const result = await transfers.with(ref, work);
      if (result === undefined) throw new HttpError(404, `transfer "${id}" is not known`);
      return result;
    };

    scope.post('/twilio/transfers/:id/action', async (request, reply) => {
      const params = signed(request);
      const twiml = await transfer(request, (t) => transfers.action(t, params.DialCallStatus ?? ''));
      return reply.type('text/xml').send(twiml);
    });
    scope.post('/twilio/transfers/:id/status', async (request, reply) => {
      const params = signed(request);
      await transfer(request, async (t) => {
        await transfers.status(t, params.CallStatus ?? '');
        return true;
      });
      return reply.type('text/xml').send(TWIML());
    });
    scope.post('/twilio/transfers/:id/amd', async (request, reply) => {
      const params = signed(request);
      await transfer(request, async (t) => {
        await transfers.amd(t, params.AnsweredBy ?? '', params.CallSid ?? '');
        return true;
      });
      return reply.type('text/xml').send(TWIML());
    });

    const outboundOf = (request: FastifyRequest) => {
      const { id } = request.params as { id: string };
      const call = outbound.get(id);
      if (!call) throw new HttpError(404, `outbound call "${id}" is not known here`);
      return call;
    };
    scope.post('/twilio/outbound/:id/amd', async (request, reply) => {
      const params = signed(request);
      await outbound.amd(outboundOf(request), params.AnsweredBy ?? '');
      return reply.type('text/xml').send(TWIML());
    });
    scope.post('/twilio/outbound/:id/status', async (request, reply) => {
      const params = signed(request);
      await outbound.status(outboundOf(request), params.CallStatus ?? '');
      return reply.type('text/xml').send(TWIML());
    });
  });
  const placer: CallPlacer = { outbound, twilioNumbers: deps.twilioNumbers ?? {} };
  if (deps.provideCalls) deps.provideCalls(placer);
  else if (deps.authenticate)
    registerCallsApi(app, {
      path: '/v1/calls',
      graphs: deps.graphs,
      placer: () => placer,
      authenticate: deps.authenticate,
    });
  return { transfers, outbound };
}
