import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Switchboard } from '../runtime/switchboard.ts';
import { installErrorHandling } from '../server/errors.ts';
import type { WireTap } from '../voice/mediaTransport.ts';
import type { VoiceConfig } from '../voice/voiceConfig.ts';
import type { VoiceSession } from '../voice/voiceSession.ts';
import { type CallRouteDeps, registerCallRoutes } from './callRoutes.ts';

export type VoiceServer = {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>`: also the public URL Twilio signatures are computed on. */
  url: string;
  /** `ws://127.0.0.1:<port>/twilio/media`. */
  mediaUrl: string;
  config: VoiceConfig;
  close(): Promise<void>;
};

/**
 * A loopback server with only the voice routes, for `switchboard call`, tests and benchmarks (the full
 * API server registers the same routes). Its public URL is its own address, known once it listens.
 */
export async function startVoiceServer(options: {
  switchboards: Switchboard[];
  config: VoiceConfig;
  authenticate?: CallRouteDeps['authenticate'];
  onSession?: (session: VoiceSession) => void;
  onWire?: WireTap;
  logLevel?: string;
  /** Twilio's REST API for phone transfers (see registerCallRoutes); default from the environment. */
  rest?: CallRouteDeps['rest'];
}): Promise<VoiceServer> {
  const config: VoiceConfig = { ...options.config };
  const app = Fastify({ logger: options.logLevel ? { level: options.logLevel } : false });
  installErrorHandling(app);
  await registerCallRoutes(app, {
    graphs: new Map(options.switchboards.map((sb) => [sb.graph.name, sb])),
    config,
    authenticate: options.authenticate,
    onSession: options.onSession,
    onWire: options.onWire,
    rest: options.rest,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  config.publicUrl = url;
  return { app, url, mediaUrl: `ws://127.0.0.1:${port}/twilio/media`, config, close: () => app.close() };
}
