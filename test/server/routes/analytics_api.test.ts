import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AnalyticsSummary,
  ConversationAnalysis,
  ConversationAnalytics,
  TraceList,
} from '../../../src/server/routes/analyticsSchemas.ts';
import { analysisStoreFor } from '../../../src/store/analysisStore.ts';
import { startTestServer, type TestServer } from '../../support/server/serverFixture.ts';

describe('analytics and traces over the API, per tenant', () => {
  let server: TestServer;
  let acme: string;
  let globex: string;
  let billing: string;
  let escalated: string;

  const send = async (key: string, id: string, text: string) => {
    const turn = await server.request('POST', `/v1/conversations/${id}/messages`, { key, body: { text } });
    expect(turn.status, JSON.stringify(turn.body)).toBe(200);
    return turn.body;
  };

  beforeAll(async () => {
    // On-demand analysis uses the configured analyzer: keep it the deterministic one here.
    vi.stubEnv('SWITCHBOARD_ANALYSIS_MODEL', 'offline');
    server = await startTestServer();
    acme = (await server.keys.create({ tenant: 'acme' })).key;
    globex = (await server.keys.create({ tenant: 'globex' })).key;
    const create = async (key: string) =>
      (await server.request('POST', '/v1/conversations', { key, body: { graph: 'support' } })).body.id;
    billing = await create(acme);
    expect((await send(acme, billing, 'hi, I think I was charged twice on invoice INV-2041')).agent).toBe(
      'Billing',
    );
    await send(acme, billing, 'thanks, that is great');
    escalated = await create(globex);
    expect((await send(globex, escalated, 'let me talk to a real person')).status).toBe('awaiting_human');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server.close();
  });

  it("GET /v1/analytics aggregates the caller's conversations only", async () => {
    const mine = await server.request('GET', '/v1/analytics?graph=support&since=1h', { key: acme });
    expect(mine.status).toBe(200);
    const summary = AnalyticsSummary.parse(mine.body);
    expect(summary).toMatchObject({
      graph: 'support',
      tenant: 'acme',
      conversations: 1,
      turns: 2,
      escalations: { toHuman: 0, conversations: 0 },
    });
    expect(summary.handoffs.edges).toEqual([{ from: 'Triage', to: 'Billing', count: 1 }]);
    expect(summary.turnLatency.samples).toBe(2);
    expect(summary.turnLatency.p95Ms).toBeGreaterThan(0);
    expect(summary.cost).toMatchObject({ totalUsd: 0, unpricedModels: [] }); // the offline model costs 0
    expect(Date.parse(summary.since!)).toBeLessThan(Date.parse(summary.until));

    const theirs = AnalyticsSummary.parse(
      (await server.request('GET', '/v1/analytics', { key: globex })).body,
    );
    expect(theirs).toMatchObject({ tenant: 'globex', conversations: 1, escalations: { toHuman: 1 } });
    expect(theirs.handoffs.edges).toEqual([{ from: 'Triage', to: 'Human', count: 1 }]);
  });

  it('refuses a bad query with a 400 naming the field, and an unserved graph with a 404', async () => {
    const cases: [string, number, string | null][] = [
      ['/v1/analytics?since=yesterday', 400, 'since'],
      ['/v1/analytics?until=soon', 400, 'until'],
      ['/v1/analytics?since=1d&until=2d', 400, 'since'],
      ['/v1/analytics?graph=', 400, 'graph'],
      ['/v1/analytics?graph=nope', 404, null],
    ];
    for (const [url, status, param] of cases) {
      const res = await server.request('GET', url, { key: acme });
      expect(res.status, url).toBe(status);
      expect(res.body.error.param, url).toBe(param);
    }
    const unknown = await server.request('GET', '/v1/analytics?sinse=7d', { key: acme });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('sinse');
  });

  it('GET /v1/conversations/:id/traces returns each turn with its span tree', async () => {
    const res = await server.request('GET', `/v1/conversations/${billing}/traces`, { key: acme });
    expect(res.status).toBe(200);
    const { data } = TraceList.parse(res.body);
    expect(data.map((t) => [t.turn, t.conversationId, t.graph])).toEqual([
      [1, billing, 'support'],
      [2, billing, 'support'],
    ]);
    const spans = data[0].spans;
    const handoff = spans.find((s) => s.kind === 'handoff');
    expect(handoff?.name).toBe('Triage->Billing');
    const routing = spans.find((s) => s.kind === 'custom' && s.name === 'routing.decision');
    expect(routing?.data).toMatchObject({ data: { agent: 'Triage', target: 'Billing' } });
    const decision = routing?.data.data as { path: string; confidence: number | null };
    expect(['local', 'llm']).toContain(decision.path);
    const ids = new Set(spans.map((s) => s.spanId));
    for (const s of spans) if (s.parentId) expect(ids).toContain(s.parentId);
    expect(spans.filter((s) => s.kind === 'function').map((s) => s.name)).toContain('lookup_invoice');
  });

  it('POST /v1/conversations/:id/analysis scores and stores it; analytics then include it', async () => {
    const res = await server.request('POST', `/v1/conversations/${billing}/analysis`, { key: acme });
    expect(res.status).toBe(200);
    const analysis = ConversationAnalysis.parse(res.body);
    expect(analysis).toMatchObject({ conversationId: billing, method: 'lexical', model: null });
    expect(analysis.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(analysis.sentiment.score).toBeLessThanOrEqual(1);
    expect(analysis.lead.score).toBeGreaterThanOrEqual(0);
    expect(analysis.lead.score).toBeLessThanOrEqual(100);
    expect(analysis.sentiment.reasons.length).toBeGreaterThan(0);

    const one = ConversationAnalytics.parse(
      (await server.request('GET', `/v1/conversations/${billing}/analytics`, { key: acme })).body,
    );
    expect(one).toMatchObject({
      conversationId: billing,
      turns: 2,
      handoffCount: 1,
      agentsVisited: ['Triage', 'Billing'],
      analysis: { sentiment: { score: analysis.sentiment.score } },
    });
    expect(one.toolCalls.byTool.lookup_invoice).toBe(1);
    expect(one.turnLatency.perTurn.map((t) => t.turn)).toEqual([1, 2]);

    const summary = AnalyticsSummary.parse(
      (await server.request('GET', '/v1/analytics', { key: acme })).body,
    );
    expect(summary.sentiment.analyzed).toBe(1);
    expect(summary.lead.meanScore).toBe(analysis.lead.score);
  });

  it('POST /v1/conversations/:id/end ends it and stores its analysis without being asked', async () => {
    const key = acme;
    const id = (await server.request('POST', '/v1/conversations', { key, body: { graph: 'support' } })).body
      .id;
    await send(key, id, 'we want to book a demo for our team of fifty, this looks great');
    const before = await server.request('GET', `/v1/conversations/${id}/analytics`, { key });
    expect(before.body.analysis).toBeNull();

    const ended = await server.request('POST', `/v1/conversations/${id}/end`, { key });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body).toMatchObject({ id, status: 'ended' });
    const after = ConversationAnalytics.parse(
      (await server.request('GET', `/v1/conversations/${id}/analytics`, { key })).body,
    );
    expect(after.analysis?.method).toBe('lexical');
    expect(after.analysis?.lead.score).toBeGreaterThan(0);
    // Another tenant cannot end it.
    const foreign = await server.request('POST', `/v1/conversations/${escalated}/end`, { key });
    expect(foreign.status).toBe(404);
  });

  it("another tenant's conversation is a 404 on every analytics route, and nothing is stored", async () => {
    const attempts = await Promise.all([
      server.request('GET', `/v1/conversations/${escalated}/traces`, { key: acme }),
      server.request('GET', `/v1/conversations/${escalated}/analytics`, { key: acme }),
      server.request('POST', `/v1/conversations/${escalated}/analysis`, { key: acme }),
    ]);
    for (const res of attempts) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Human');
    }
    expect(await (await analysisStoreFor(server.store)).get(escalated)).toBeNull();
    const missing = await server.request('GET', '/v1/conversations/nope/traces', { key: acme });
    expect(missing.status).toBe(404);
  });
});
