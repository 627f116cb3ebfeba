import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../server/errors.ts';
import { bridgeTwilioStream, type TwilioBridgeDeps } from './twilioBridge.ts';
import { isValidTwilioSignature } from './twilioSignature.ts';
import type { VoiceConfig } from './voiceConfig.ts';

export type TwilioRouteDeps = Omit<TwilioBridgeDeps, 'log'> & {
  /** The graph a call gets when the webhook URL names none (`?graph=`). */
  defaultGraph: string;
  hasGraph(name: string): boolean;
};

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
 * `POST /twilio/voice`: Twilio's voice webhook. Answers TwiML `<Connect><Stream>` to
 * `wss://<public host>/twilio/media` with the graph as a `<Parameter>`. `GET /twilio/media`: the media
 * stream WebSocket. Both check `X-Twilio-Signature` with the account's auth token against the public
 * URL Twilio called (the webhook over its form parameters, the stream over its bare URL); a bad or
 * missing signature is a 403 before anything runs.
 */
export async function registerTwilioRoutes(app: FastifyInstance, deps: TwilioRouteDeps): Promise<void> {
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
      const graph = new URL(request.url, 'http://local').searchParams.get('graph') ?? deps.defaultGraph;
      if (!deps.hasGraph(graph)) throw new HttpError(404, `graph "${graph}" is not served here`);
      const parameters: Record<string, string> = { graph };
      // A call's pipeline (`?pipeline=cascaded`), else the graph's, else the server's default.
      const pipeline = new URL(request.url, 'http://local').searchParams.get('pipeline');
      if (pipeline !== null && pipeline !== 'realtime' && pipeline !== 'cascaded')
        throw new HttpError(400, 'pipeline must be realtime or cascaded');
      if (pipeline) parameters.pipeline = pipeline;
      if (params.CallSid) parameters.callSid = params.CallSid;
      if (params.From) parameters.from = params.From;
      return reply.type('text/xml').send(connectStreamTwiml(mediaStreamUrl(publicUrl), parameters));
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
      (socket, request) => bridgeTwilioStream(socket, { ...deps, log: request.log }),
    );
  });
}
