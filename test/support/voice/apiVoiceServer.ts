import type { AddressInfo } from 'node:net';
import { registerCallRoutes } from '../../../src/app/callRoutes.ts';
import type { Switchboard } from '../../../src/runtime/switchboard.ts';
import { buildServer } from '../../../src/server/app.ts';
import { createAuthenticator } from '../../../src/server/auth.ts';
import { apiKeyStoreFor } from '../../../src/store/apiKeys.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import type { VoiceConfig } from '../../../src/voice/voiceConfig.ts';
import type { VoiceSession } from '../../../src/voice/voiceSession.ts';
import { jsonOrText } from '../jsonOrText.ts';

export type ApiVoiceServer = {
  url: string;
  /** `ws://…/twilio/media`. */
  mediaUrl: string;
  /** `ws://…/v1/voice/browser`. */
  browserUrl: string;
  config: VoiceConfig;
  sessions: VoiceSession[];
  /** One JSON request over HTTP (no key: the server is open while it has none). */
  request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
};

/**
 * The HTTP API and the voice routes on one listening server, wired as `switchboard serve` wires them
 * (same authenticator, same shutdown tracking), over the graphs and store a test chooses: calls come in
 * over /twilio/media or /v1/voice/browser and the test reads the result back through /v1.
 */
export async function startApiVoiceServer(options: {
  switchboards: Switchboard[];
  store: ConversationStore;
  config: VoiceConfig;
}): Promise<ApiVoiceServer> {
  const config = { ...options.config };
  const sessions: VoiceSession[] = [];
  const { app, context } = await buildServer({
    graphs: options.switchboards,
    store: options.store,
    rateLimit: false,
    keysRecheckMs: 0,
  });
  await registerCallRoutes(app, {
    graphs: context.graphs,
    config,
    authenticate: createAuthenticator(await apiKeyStoreFor(options.store)),
    track: (operation) => context.track(operation),
    onSession: (session) => sessions.push(session),
    provideCalls: (placer) => {
      context.calls = placer;
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  config.publicUrl = url; // Twilio signs the public URL; here the server's own address is public
  return {
    url,
    mediaUrl: `${url.replace('http', 'ws')}/twilio/media`,
    browserUrl: `${url.replace('http', 'ws')}/v1/voice/browser`,
    config,
    sessions,
    async request(method, path, body) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      const parsed = jsonOrText(text);
      return { status: res.status, body: parsed };
    },
    close: () => app.close(),
  };
}
