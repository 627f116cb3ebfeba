import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ConversationPublisher, Switchboard } from '../runtime/switchboard.ts';
import { NotFoundError } from '../store/types.ts';
import { relayBrowserCall } from './browserRelay.ts';
import type { CascadedCall } from './cascaded/cascadedCall.ts';
import { cascadedConfigFromEnv } from './cascaded/cascadedSetup.ts';
import type { WireTap } from './mediaTransport.ts';
import { registerTwilioRoutes } from './twilioRoutes.ts';
import { DEFAULT_REALTIME_URL, type VoiceConfig, voiceConfigFromEnv } from './voiceConfig.ts';
import type { VoiceSession } from './voiceSession.ts';

export type VoiceRouteDeps = {
  /** The served graphs by name (the server context's `graphs`). */
  graphs: ReadonlyMap<string, Switchboard>;
  /** Defaults to `voiceConfigFromEnv()`. */
  config?: VoiceConfig;
  /**
   * Who a browser call is (the API's authenticator: Bearer or `?key=` on the upgrade). Without it the
   * browser route is not registered: a relay that spends the server's OpenAI key must never be open.
   */
  authenticate?: (request: FastifyRequest) => Promise<{ tenant: string | null }>;
  /**
   * True once every conversation needs a tenant (any API key exists): a phone call on a number mapped to
   * no tenant is refused then. Without it, unmapped numbers get tenant null.
   */
  tenantsRequired?: () => Promise<boolean>;
  /** Registers a call so shutdown waits for it to be persisted (the server context's `track`). */
  track?: <T>(operation: Promise<T>) => Promise<T>;
  /** Graph for calls whose webhook names none; defaults to the first served graph. */
  defaultGraph?: string;
  /** Where live events go; defaults to each Switchboard's own subscribers (the live hub). */
  publish?: ConversationPublisher;
  onWire?: WireTap;
  onSession?(session: VoiceSession): void;
};

/** The voice configuration when none is given: the Realtime and the cascaded pipeline's, from the env. */
export function voiceConfigOrEnv(config: VoiceConfig | undefined): VoiceConfig {
  return config ?? { ...voiceConfigFromEnv(), ...cascadedConfigFromEnv() };
}

/**
 * Voice routes as one Fastify plugin: `POST /twilio/voice` (TwiML), WebSocket `/twilio/media` (Twilio
 * Media Streams) and WebSocket `/v1/voice/browser` (the dashboard's Call button; see browserRelay.ts for
 * the protocol). Register it at the root of the app, next to (not inside) the `/v1` scope — Twilio
 * authenticates with signatures, not API keys; the browser route runs `authenticate` itself.
 * Closing the app ends every live call and waits for it to be written. Telephony (phone transfers,
 * outbound calls) is registered beside it by the application: see app/callRoutes.ts.
 */
export async function registerVoiceRoutes(app: FastifyInstance, deps: VoiceRouteDeps): Promise<void> {
  const config = voiceConfigOrEnv(deps.config);
  const names = [...deps.graphs.keys()];
  if (names.length === 0) throw new Error('registerVoiceRoutes needs at least one graph');
  const defaultGraph = deps.defaultGraph ?? names[0];
  const live = new Set<{ end(reason: string): Promise<unknown> }>();
  const switchboardFor = (graph: string | undefined): Switchboard => {
    const sb = deps.graphs.get(graph ?? defaultGraph);
    if (!sb) throw new NotFoundError(`graph "${graph}" (served here: ${names.join(', ')})`);
    return sb;
  };
  const store = deps.graphs.get(defaultGraph)!.store;
  const onSession = (session: VoiceSession) => {
    live.add(session);
    // Tracked: a server shutting down waits until the call's last turn is written.
    const finished = session.finished.then(() => {
      live.delete(session);
    });
    void (deps.track ? deps.track(finished) : finished);
    deps.onSession?.(session);
  };
  // A cascaded call (STT → chat turn → TTS) is ended and waited for at shutdown like a session.
  const onCascadedCall = (call: CascadedCall) => {
    live.add(call);
    void (deps.track ? deps.track(call.finished) : call.finished).then(() => live.delete(call));
  };

  if (!app.hasDecorator('websocketServer')) await app.register(websocket);
  app.addHook('onClose', async () => {
    await Promise.all([...live].map((s) => s.end('server_shutdown').catch(() => {})));
  });

  await registerTwilioRoutes(app, {
    switchboardFor,
    config,
    defaultGraph,
    hasGraph: (name) => deps.graphs.has(name),
    tenantsRequired: deps.tenantsRequired,
    publish: deps.publish,
    onWire: deps.onWire,
    onSession,
    onCascadedCall,
  });

  const authenticate = deps.authenticate;
  if (!authenticate) return;
  // The dashboard asks before offering its Call button, so a missing key is said up front, not after a click.
  app.get('/v1/voice/status', async (request) => {
    await authenticate(request);
    return voiceAvailability(config);
  });
  app.get(
    '/v1/voice/browser',
    {
      websocket: true,
      preHandler: async (request) => {
        (request as FastifyRequest & { voiceTenant?: string | null }).voiceTenant = (
          await authenticate(request)
        ).tenant;
      },
    },
    (socket, request) => {
      const tenant = (request as FastifyRequest & { voiceTenant?: string | null }).voiceTenant ?? null;
      relayBrowserCall(socket, {
        switchboardFor,
        config,
        log: request.log,
        tenant,
        conversationGraph: async (id) => {
          const record = await store.getConversation(id);
          // Another tenant's conversation is "not found", exactly like a missing one.
          return record && record.tenant === tenant && deps.graphs.has(record.graph) ? record.graph : null;
        },
        publish: deps.publish,
        onWire: deps.onWire,
        onSession,
        onCascadedCall,
      });
    },
  );
}

/**
 * Whether browser calls can work with this configuration: the OpenAI Realtime API needs a key; a local
 * Realtime server (SWITCHBOARD_REALTIME_URL) does not, nor a cascaded default with its endpoints. The text says what is missing.
 */
export function voiceAvailability(config: VoiceConfig): { available: boolean; reason: string | null } {
  // Calls that default to the cascaded pipeline need its endpoints, not a Realtime model.
  if (config.pipeline === 'cascaded' && config.cascaded) return { available: true, reason: null };
  if (config.apiKey || !config.realtimeUrl.startsWith(DEFAULT_REALTIME_URL))
    return { available: true, reason: null };
  return {
    available: false,
    reason:
      'Calls need a Realtime voice model: start the server with OPENAI_API_KEY set, or SWITCHBOARD_REALTIME_URL pointing at a local Realtime server. Typing works without one.',
  };
}
