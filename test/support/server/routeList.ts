import type { FastifyInstance } from 'fastify';

export type RouteEntry = { method: string; url: string };

/**
 * Every route the app serves, read from the app itself (`printRoutes`), so a test that walks the
 * list covers a route added tomorrow without being edited. HEAD twins of GET routes are left out.
 */
export async function listRoutes(app: FastifyInstance): Promise<RouteEntry[]> {
  await app.ready();
  const tree = app.printRoutes({ commonPrefix: false });
  const routes: RouteEntry[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    stack.length = depth;
    stack.push(match[2]);
    if (!match[3]) continue;
    const url = stack.join('');
    for (const method of match[3].split(',').map((m) => m.trim()))
      if (method !== 'HEAD') routes.push({ method, url });
  }
  return routes;
}
