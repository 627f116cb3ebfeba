import { openGraphs } from '../../../src/app/startServer.ts';
import { registerDashboard } from '../../../src/dashboard/registerDashboard.ts';
import { ensureWebBuild } from '../../../src/dashboard/webBuild.ts';
import { createAgentRouter } from '../../../src/routing/agentRouter.ts';
import { startTestServer, type TestServer } from '../server/serverFixture.ts';
import { addMissingReadEndpoints } from './standInEndpoints.ts';

export type DashboardServer = TestServer & {
  url: string;
  /** GET/POST through the API as the dashboard would, returning the JSON body (throws on non-2xx). */
  api<T = any>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
};

/**
 * The real server (the support graph unless `graphs` names others, offline model, memory store) with
 * the dashboard registered on it, listening on 127.0.0.1 with a free port. Builds web/dist first when
 * it is missing or stale.
 */
export async function startDashboardServer(graphs: string[] = ['support']): Promise<DashboardServer> {
  await ensureWebBuild();
  const server = await startTestServer({ graphs: (store) => openGraphs(graphs, store, 'offline') });
  // One-off start-up work the first turn would otherwise pay for, and the latency figures the pages
  // show would carry: the tools' embedded database opens at its first query, routers train on first use.
  for (const sb of server.context.graphs.values()) {
    if (sb.graph.setupSql.length > 0) await (await server.store.toolDb()).execute('select 1');
    for (const agent of sb.graph.agents)
      if (agent.handoffs.length > 0) createAgentRouter(sb.graph, agent.name);
  }
  addMissingReadEndpoints(server.app, server.context);
  await registerDashboard(server.app);
  const url = await server.listen();
  return Object.assign(server, {
    url,
    async api(method: 'GET' | 'POST', path: string, body?: unknown) {
      const res = await server.request(method, path, { body });
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
  });
}
