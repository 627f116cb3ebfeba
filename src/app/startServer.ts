import type { AddressInfo } from 'node:net';
import { type ClusterNode, joinCluster } from '../cluster/clusterNode.ts';
import { type DashboardOptions, registerDashboard } from '../dashboard/registerDashboard.ts';
import { createAgentModelFactory } from '../models/agentModels.ts';
import { withLearnedRouter } from '../runtime/learnedRouting.ts';
import { Switchboard } from '../runtime/switchboard.ts';
import { type BuildServerOptions, buildServer, type SwitchboardServer } from '../server/app.ts';
import { assertBindAllowed } from '../server/auth.ts';
import { openStoreWhenAvailable } from '../server/awaitDatabase.ts';
import { allowedHostNames, allowedHostsFromEnv } from '../server/hostPolicy.ts';
import { DEFAULT_RATE_LIMIT } from '../server/rateLimit.ts';
import { apiKeyStoreFor } from '../store/apiKeys.ts';
import { advertiseServer } from '../store/dataDirLock.ts';
import { type OpenStoreOptions, openStore } from '../store/openStore.ts';
import type { ConversationStore } from '../store/types.ts';
import type { VoiceConfig } from '../voice/voiceConfig.ts';
import { registerCallRoutes } from './callRoutes.ts';
import { loadGraph } from './loadGraph.ts';

export const DEFAULT_PORT = 8484;
export const DEFAULT_HOST = '127.0.0.1';

export type StartServerOptions = Omit<BuildServerOptions, 'graphs' | 'store'> & {
  /** Template names or graph module paths; default `support`. */
  graphs?: string[];
  /** Model spec for every graph (`offline`, `openai:…`); default SWITCHBOARD_MODEL or offline. */
  model?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** An open store to serve (left open on close); otherwise one is opened from `storeOptions`/the env. */
  store?: ConversationStore;
  storeOptions?: OpenStoreOptions;
  /** The web dashboard at `/` (web/dist); `false` serves the API alone. */
  dashboard?: DashboardOptions | false;
  /**
   * Unreachable PostgreSQL at start: instead of failing, answer 503 (readyz not ready) on the address
   * and keep retrying until it is back (`serve` does). Called once with the stand-in's URL and the error.
   */
  waitForDatabase?: (standInUrl: string, error: Error) => void;
  /** Phone (`/twilio/voice`, `/twilio/media`) and browser (`/v1/voice/browser`) calls; default from the env; `false` = off. */
  voice?: VoiceConfig | false;
  /**
   * Host names served besides the loopback names and the bound address (`--allowed-host`); default
   * SWITCHBOARD_ALLOWED_HOSTS. `*` allows any.
   */
  extraHosts?: string[];
  /** The cluster's Redis (counts the rate limit across nodes); default REDIS_URL. */
  redisUrl?: string;
};

export type RunningServer = SwitchboardServer & {
  url: string;
  store: ConversationStore;
  /** `open`: no API key exists, everyone is tenant null (loopback only). */
  access: 'open' | 'api-keys';
  /** Stops accepting, finishes running turns, then closes the store if this call opened it. */
  close(): Promise<void>;
};

/** Several graphs over one store, each with the run's model factory. */
export async function openGraphs(
  names: string[],
  store: ConversationStore,
  model?: string,
): Promise<Switchboard[]> {
  const models = createAgentModelFactory({ model });
  const switchboards: Switchboard[] = [];
  for (const name of names) {
    // A router learnt into this database (`switchboard router train`) replaces the built-in one.
    const graph = await withLearnedRouter(await loadGraph(name), store);
    switchboards.push(await Switchboard.create({ graph, store, models }));
  }
  return switchboards;
}

function urlOf(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on TCP');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Opens everything `switchboard serve` needs and listens. Refuses an open non-loopback bind before listening. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const ownsStore = options.store === undefined;
  let port = options.port ?? DEFAULT_PORT;
  let store = options.store;
  if (!store && options.waitForDatabase) {
    const opened = await openStoreWhenAvailable(options.storeOptions, {
      host,
      port,
      onWaiting: options.waitForDatabase,
    });
    store = opened.store;
    port = opened.port; // the stand-in's port (port 0 picked one): the server takes over its address
  }
  store ??= await openStore(options.storeOptions);
  let cluster: ClusterNode | null = null;
  try {
    const keysExist = await (options.apiKeys ?? (await apiKeyStoreFor(store))).anyKeys();
    assertBindAllowed(host, keysExist);
    const graphs = await openGraphs(options.graphs ?? ['support'], store, options.model);
    const redisUrl = options.redisUrl ?? (process.env.REDIS_URL || undefined);
    const publicUrl =
      (options.voice ? options.voice.publicUrl : undefined) ?? process.env.SWITCHBOARD_PUBLIC_URL;
    const server = await buildServer({
      ...options,
      graphs,
      store,
      allowedHosts:
        options.allowedHosts ??
        allowedHostNames(host, options.extraHosts ?? allowedHostsFromEnv(), publicUrl || undefined),
      rateLimit:
        options.rateLimit === false ? false : { redisUrl, ...(options.rateLimit ?? DEFAULT_RATE_LIMIT) },
    });
    if (options.dashboard !== false) await registerDashboard(server.app, options.dashboard);
    if (options.voice !== false) {
      const apiKeys = options.apiKeys ?? (await apiKeyStoreFor(store));
      await registerCallRoutes(server.app, {
        graphs: server.context.graphs,
        config: options.voice,
        authenticate: server.authenticate,
        tenantsRequired: () => apiKeys.anyKeys(),
        track: (operation) => server.context.track(operation),
        provideCalls: (placer) => {
          server.context.calls = placer;
        },
      });
    }
    // On PostgreSQL, live events of turns run by other `serve` processes reach this one's watchers.
    cluster = await joinCluster(store, graphs, server.context.hub, redisUrl);
    await server.app.listen({ host, port });
    const url = urlOf(server.app.server.address());
    // Beside the embedded database's lock: another CLI process finds this server there and uses it.
    advertiseServer(store, url);
    return {
      ...server,
      url,
      store,
      access: keysExist ? 'api-keys' : 'open',
      async close() {
        try {
          await server.app.close();
        } finally {
          await cluster?.close();
          if (ownsStore) await store.close();
        }
      },
    };
  } catch (error) {
    await cluster?.close();
    if (ownsStore) await store.close().catch(() => {});
    throw error;
  }
}
