import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_DIST_DIR } from './webBuild.ts';

export type DashboardOptions = {
  /** The built dashboard (`vite build web` → web/dist). Read on every request, so a rebuild needs no restart. */
  distDir?: string;
};

/** Paths that belong to the API: never answered with the dashboard page, so API clients get the JSON 404. */
const API_PATH = /^\/(v1(\/|$)|twilio(\/|$)|openapi\.json$|healthz$|readyz$)/;

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Switchboard</title>
<body style="font-family:system-ui,sans-serif;max-width:640px;margin:80px auto;color:#0f172a">
<h1 style="font-size:20px">The dashboard has not been built</h1>
<p>Run <code>npm run build:web</code> in the Switchboard checkout, then reload this page.
The API is unaffected: <a href="/openapi.json">/openapi.json</a>.</p></body>`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the dashboard at `/`: the built files as they are (hashed assets cached for a year), and
 * `index.html` for every other page path, so deep links such as /conversations/<id> load the app,
 * which then routes in the browser. API paths and missing assets keep the API's JSON 404.
 */
export async function registerDashboard(app: FastifyInstance, options: DashboardOptions = {}): Promise<void> {
  const root = resolve(options.distDir ?? DEFAULT_DIST_DIR);
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, { root, serve: false });

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0];
      if (API_PATH.test(path)) return reply.callNotFound();
      let relative: string;
      try {
        relative = decodeURIComponent(path).replace(/^\/+/, '');
      } catch {
        return reply.callNotFound();
      }
      const file = resolve(root, relative);
      // resolve() collapses `..`: anything that lands outside the build is not ours to serve.
      if (relative !== '' && file.startsWith(root + sep) && (await isFile(file))) {
        const hashed = relative.startsWith('assets/');
        return reply.sendFile(
          relative,
          hashed ? { maxAge: '365d', immutable: true } : { cacheControl: false },
        );
      }
      // A missing script or stylesheet must fail as such, not come back as the HTML page.
      if (extname(relative) !== '') return reply.callNotFound();
      if (!(await isFile(resolve(root, 'index.html'))))
        return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', { cacheControl: false });
    };
    scope.get('/', handler);
    scope.get('/*', handler);
  });
}
