import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http/httpError.ts';
import { bridgeTwilioStream, type TwilioBridgeDeps } from './twilioBridge.ts';
import { isValidTwilioSignature } from './twilioSignature.ts';
import { issueStreamToken, StreamTokens } from './twilioStreamToken.ts';
import { tenantOfCall } from './twilioTenants.ts';
import type { VoiceConfig } from './voiceConfig.ts';

export type TwilioRouteDeps = Omit<TwilioBridgeDeps, 'log' | 'tokens'> & {
  /** The graph a call gets when the webhook URL names none (`?graph=`). */
  defaultGraph: string;
  hasGraph(name: string): boolean;
  /**
   * Whether every conversation needs a tenant (true once any API key exists): a call on a number mapped
   * to no tenant is refused then, as its conversation would be visible to nobody.
   */
  tenantsRequired?: () => Promise<boolean>;
};

/** Conversation ids are UUIDs; anything far from an id is "not found" before it reaches the store. */
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,100}$/;

const xml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** `https://host` → `wss://host` (and `http` → `ws` for local tests). */
export function mediaStreamUrl(publicUrl: string): string {
  return `${publicUrl.replace(/^http/, 'ws')}/twilio/media`;
}

/** The TwiML that connects a call to the media stream, passing the graph (and call details) as parameters. */
export function connectStreamTwiml(streamUrl: string, parameters: Record<string, string>): string {
  const params = Object.entries(parameters)
    .map(([name, value]) => `<Parameter name="${xml(name)}" value="${xml(value)}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url="${xml(streamUrl)}">${params}</Stream></Connect></Response>`;
}

function twilioReady(config: VoiceConfig): { token: string; publicUrl: string } {
  if (!config.twilioAuthToken || !config.publicUrl)
    throw new HttpError(503, 'Twilio is not configured: set TWILIO_AUTH_TOKEN and SWITCHBOARD_PUBLIC_URL');
  return { token: config.twilioAuthToken, publicUrl: config.publicUrl };
}

const FORM = 'application/x-www-form-urlencoded';

/**
 * Twilio always posts its webhook as a form. Any other body is refused before it is parsed: Fastify's
 * own JSON and text parsers would otherwise hand the route `{}` or a string, which, read as no
 * parameters, a signature over the bare URL matches — and a non-Twilio request would get TwiML.
 */
async function requireForm(request: FastifyRequest): Promise<void> {
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== FORM)
    throw new HttpError(
      415,
      `POST /twilio/voice takes ${FORM} (Twilio's webhook format), not ${type ? `"${type}"` : 'a body without content-type'}`,
    );
}

function formParams(body: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  if (body && typeof body === 'object')
    for (const [key, value] of Object.entries(body))
      params[key] = Array.isArray(value) ? String(value[0]) : String(value);
  return params;
}

/**
 * `POST /twilio/voice`: Twilio's voice webhook. Checks `X-Twilio-Signature` over the public URL and the
 * form, decides the call's graph (`?graph=`), tenant (its number, `SWITCHBOARD_TWILIO_NUMBERS`) and
 * conversation (`?conversation=`, for an outbound call that continues one; it must be the tenant's and
 * the graph's), and answers TwiML `<Connect><Stream>` to `wss://<public host>/twilio/media` whose only
 * `<Parameter>` is a stream token binding all that to the CallSid (twilioStreamToken.ts).
 * `GET /twilio/media`: the media stream WebSocket; its handshake signature (over the bare URL) must be
 * valid, then its `start` must carry a valid, unspent token for its CallSid (twilioBridge.ts). A bad
 * or missing signature is a 403 before anything runs.
 */
export async function registerTwilioRoutes(app: FastifyInstance, deps: TwilioRouteDeps): Promise<void> {
  const tokens = new StreamTokens();
  await app.register(async (scope) => {
    // Twilio posts application/x-www-form-urlencoded; parsed here only, the rest of the API stays JSON.
    scope.addContentTypeParser(FORM, { parseAs: 'string' }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });

    scope.post('/twilio/voice', { onRequest: requireForm }, async (request, reply) => {
      const { token, publicUrl } = twilioReady(deps.config);
      const params = formParams(request.body);
      const signed = `${publicUrl}${request.url}`;
      if (!isValidTwilioSignature(token, request.headers['x-twilio-signature'], signed, params))
        throw new HttpError(403, 'invalid X-Twilio-Signature');
      const callSid = params.CallSid;
      if (!callSid)
        throw new HttpError(400, "CallSid is missing: this is not Twilio's voice webhook", 'CallSid');
      const query = new URL(request.url, 'http://local').searchParams;
      const graph = query.get('graph') ?? deps.defaultGraph;
      if (!deps.hasGraph(graph)) throw new HttpError(404, `graph "${graph}" is not served here`);
      const tenant = tenantOfCall(deps.config.twilioNumbers, params);
      if (tenant === null && (await deps.tenantsRequired?.()))
        throw new HttpError(
          403,
          "this call's number is mapped to no tenant: add it to SWITCHBOARD_TWILIO_NUMBERS (API keys exist, so every conversation needs a tenant)",
        );
      const conversation = query.get('conversation') || null;
      if (conversation !== null) {
        const record = CONVERSATION_ID.test(conversation)
          ? await deps.switchboardFor(graph).store.getConversation(conversation)
          : null;
        // Another tenant's (or graph's) conversation is "not found", exactly like a missing one.
        if (!record || record.tenant !== tenant || record.graph !== graph)
          throw new HttpError(404, `conversation "${conversation}" not found`, 'conversation');
      }
      // A call's pipeline (`?pipeline=cascaded`), else the graph's, else the server's default.
      const pipeline = query.get('pipeline');
      if (pipeline !== null && pipeline !== 'realtime' && pipeline !== 'cascaded')
        throw new HttpError(400, 'pipeline must be realtime or cascaded', 'pipeline');
      const streamToken = await issueStreamToken(token, {
        callSid,
        graph,
        tenant,
        conversation,
        from: params.From || null,
        ...(pipeline ? { pipeline } : {}),
      });
      return reply
        .type('text/xml')
        .send(connectStreamTwiml(mediaStreamUrl(publicUrl), { token: streamToken }));
    });

    scope.get(
      '/twilio/media',
      {
        websocket: true,
        preHandler: async (request: FastifyRequest) => {
          const { token, publicUrl } = twilioReady(deps.config);
          const path = request.url.split('?')[0];
          const signed = `${publicUrl.replace(/^http/, 'ws')}${path}`;
          if (!isValidTwilioSignature(token, request.headers['x-twilio-signature'], signed))
            throw new HttpError(403, 'invalid X-Twilio-Signature');
        },
      },
      (socket, request) =>
        bridgeTwilioStream(socket, {
          ...deps,
          log: request.log,
          tokens: {
            check: (streamToken, callSid) =>
              tokens.check(twilioReady(deps.config).token, streamToken, callSid),
          },
        }),
    );
  });
}
