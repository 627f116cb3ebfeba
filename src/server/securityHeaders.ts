import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response (API and dashboard) through @fastify/helmet. The dashboard's
 * build has no inline scripts; inline styles are needed by React's style attributes, the graph and
 * the charts; recorded or synthesised call audio plays from blob: URLs; 'self' covers the API and
 * the live WebSocket on the same origin. No `upgrade-insecure-requests` and no HSTS: the server
 * speaks plain HTTP (TLS, where there is any, ends at a proxy that owns those headers), and on a
 * LAN address the upgrade would send every asset to an https:// that does not exist.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
