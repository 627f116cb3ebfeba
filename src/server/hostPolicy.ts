import { networkInterfaces } from 'node:os';
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http/httpError.ts';

/** Names every local client may use: a loopback-bound server is reached by these and nothing else. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** Routes a load balancer or orchestrator probes by pod address: they reveal nothing, so any Host. */
const PROBE_PATHS = new Set(['/healthz', '/readyz']);

/** `Example.COM.:8484` → `example.com`, `[::1]:80` → `::1`; null when there is no usable name. */
export function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hostHeader);
  const name = bracketed ? bracketed[1] : hostHeader.replace(/:\d+$/, '');
  const bare = name.toLowerCase().replace(/\.$/, '');
  return bare === '' ? null : bare;
}

/** The host part of an `Origin` (`null` for opaque origins such as sandboxed frames and file:). */
export function originHostname(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return hostnameOf(url.host);
  } catch {
    return null;
  }
}

/**
 * The host names a server bound to `bindHost` answers to: the loopback names, the bound address
 * itself (every interface's address for a wildcard bind), the host of the public URL Twilio calls,
 * and whatever the operator adds (`--allowed-host`, SWITCHBOARD_ALLOWED_HOSTS). `*` allows any Host.
 */
export function allowedHostNames(
  bindHost: string,
  extra: readonly string[] = [],
  publicUrl?: string,
): string[] {
  const names = new Set(LOOPBACK_NAMES);
  const bound = hostnameOf(bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost}]` : bindHost);
  if (bound === '0.0.0.0' || bound === '::') {
    for (const addresses of Object.values(networkInterfaces()))
      for (const address of addresses ?? []) names.add(address.address.toLowerCase());
  } else if (bound) names.add(bound);
  if (publicUrl) {
    const name = originHostname(publicUrl);
    if (name) names.add(name);
  }
  for (const entry of extra) {
    const name = entry.trim() === '*' ? '*' : hostnameOf(entry.trim());
    if (name) names.add(name);
  }
  return [...names];
}

/** SWITCHBOARD_ALLOWED_HOSTS: comma- or space-separated host names. */
export function allowedHostsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.SWITCHBOARD_ALLOWED_HOSTS ?? '').split(/[\s,]+/).filter((name) => name !== '');
}

/**
 * Refuses requests whose `Host` is not one of `allowed` (DNS rebinding: a page on evil.example whose
 * name now resolves to 127.0.0.1 sends `Host: evil.example`) and, through @fastify/cors, requests
 * whose `Origin` is a foreign page: a cross-origin WebSocket upgrade (browsers send no preflight for
 * those) or a browser POST from another site. A request without `Origin` (curl, SDKs, server-to-server)
 * is not a browser's cross-site request and passes; same-origin and allowed-host origins get CORS headers.
 */
export async function registerHostAndOriginPolicy(
  app: FastifyInstance,
  allowed: readonly string[],
): Promise<void> {
  const names = new Set(allowed.map((name) => name.toLowerCase()));
  const anyHost = names.has('*');
  const hint = 'add it with --allowed-host or SWITCHBOARD_ALLOWED_HOSTS';

  app.addHook('onRequest', async (request) => {
    if (anyHost || PROBE_PATHS.has(request.url.split('?')[0])) return;
    const name = hostnameOf(request.headers.host);
    if (name === null || !names.has(name))
      throw new HttpError(403, `Host "${request.headers.host ?? ''}" is not served here (${hint})`);
  });

  const originAllowed = (request: FastifyRequest, origin: string): boolean => {
    const name = originHostname(origin);
    if (name === null) return false;
    if (names.has(name)) return true;
    // Same origin as the request itself (Host already passed its own check above).
    try {
      return new URL(origin).host.toLowerCase() === request.headers.host?.toLowerCase();
    } catch {
      return false;
    }
  };

  await app.register(cors, {
    hook: 'onRequest',
    delegator: (request, callback) => {
      const origin = request.headers.origin;
      if (origin === undefined) return callback(null, { origin: false });
      if (!originAllowed(request, origin))
        return callback(new HttpError(403, `cross-origin request from ${origin} refused (${hint})`, null), {
          origin: false,
        });
      callback(null, {
        origin,
        methods: ['GET', 'HEAD', 'POST'],
        allowedHeaders: ['authorization', 'content-type', 'accept', 'x-switchboard-conversation'],
        exposedHeaders: [
          'x-request-id',
          'x-switchboard-agent',
          'x-switchboard-conversation',
          'x-ratelimit-limit',
          'x-ratelimit-remaining',
          'x-ratelimit-reset',
          'retry-after',
        ],
        maxAge: 600,
      });
    },
  });
}
