import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphs } from '../../src/app/startServer.ts';
import { EdgeCounts, GraphInfo, GraphList } from '../../src/server/schemas.ts';
import { Gate, gatedGraphs, startTestServer, type TestServer } from '../support/server/serverFixture.ts';

describe('one server, several graphs over one store', () => {
  let server: TestServer;
  beforeAll(async () => {
    const gate = new Gate();
    server = await startTestServer({
      graphs: async (store) => [
        ...(await openGraphs(['support'], store, 'offline')),
        ...(await gatedGraphs(gate)(store)),
      ],
    });
  });
  afterAll(() => server.close());

  it('lists every graph with its agents, topology and Mermaid chart', async () => {
    const list = GraphList.parse((await server.request('GET', '/v1/graphs')).body);
    expect(list.data.map((g) => g.name)).toEqual(['support', 'gated']);
    const support = GraphInfo.parse((await server.request('GET', '/v1/graphs/support')).body);
    expect(support).toMatchObject({
      entry: 'Triage',
      agents: ['Triage', 'Billing', 'TechSupport', 'Sales', 'Human'],
    });
    expect(support.mermaid).toMatch(/^flowchart LR/);
    expect((support.topology as any).agents[0].handoffs.map((h: any) => h.to)).toContain('Billing');
    expect((await server.request('GET', '/v1/graphs/nope')).status).toBe(404);
    const models = (await server.request('GET', '/v1/models')).body;
    expect(models.data.map((m: any) => m.id)).toEqual(['support', 'gated']);
  });

  it('counts handoffs per edge, declared edges with zero included, an operator handback as undeclared', async () => {
    const conv = (await server.request('POST', '/v1/conversations', { body: { graph: 'support' } })).body;
    const send = (text: string) =>
      server.request('POST', `/v1/conversations/${conv.id}/messages`, { body: { text } });
    await send('let me talk to a real person');
    await server.request('POST', `/v1/conversations/${conv.id}/handback`, { body: { agent: 'Sales' } });
    const edges = EdgeCounts.parse((await server.request('GET', '/v1/graphs/support/edges')).body);
    const edge = (from: string, to: string) => edges.edges.find((e) => e.from === from && e.to === to);
    expect(edge('Triage', 'Human')).toMatchObject({ declared: true, counts: { handoff: 1 }, total: 1 });
    expect(edge('Human', 'Sales')).toMatchObject({ declared: false, total: 1 });
    expect(edge('Triage', 'Billing')).toMatchObject({ declared: true, total: 0 });
    // Exactly the graph's edges plus the one taken outside it.
    const declared = server.context.switchboardFor('support').graph.agents.flatMap((a) => a.handoffs);
    expect(edges.edges.filter((e) => e.declared)).toHaveLength(declared.length);
    expect(edges.edges).toHaveLength(declared.length + 1);
  });

  it("keeps a conversation on its own graph: another graph's model cannot continue it", async () => {
    const conv = (await server.request('POST', '/v1/conversations', { body: { graph: 'support' } })).body;
    const res = await server.request('POST', '/v1/chat/completions', {
      body: {
        model: 'gated',
        messages: [{ role: 'user', content: 'hi' }],
        metadata: { conversation_id: conv.id },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('model');
    expect((await server.store.getConversation(conv.id))?.version).toBe(0);
  });
});
