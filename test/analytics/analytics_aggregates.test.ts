import { assistantMessage, functionCall, type ScriptedModelInput } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { lexicalAnalyzer } from '../../src/analytics/analyzers.ts';
import { computeAnalytics, conversationAnalyticsFor } from '../../src/analytics/computeAnalytics.ts';
import { percentile } from '../../src/analytics/timeRange.ts';
import type { Graph } from '../../src/graph/defineGraph.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;

const transfer = (to: string, reason: string, callId: string) =>
  functionCall(`transfer_to_${to}`, { reason, intent: null }, { callId });

/** One conversation of one turn on the shared store, with its own scripted models. */
async function converse(
  store: ConversationStore,
  scripts: Record<string, ScriptedModelInput[]>,
  text: string,
  opts: { tenant?: string; end?: boolean; graph?: Graph } = {},
) {
  const sb = await Switchboard.create({
    graph: opts.graph ?? exampleGraph(),
    store,
    models: scriptedModels(scripts).factory,
    analyzer: lexicalAnalyzer,
  });
  const conv = await sb.createConversation({ tenant: opts.tenant });
  await sb.send(conv.id, text);
  if (opts.end) await sb.endConversation(conv.id);
  return conv.id;
}

async function seed(store: ConversationStore) {
  const happy = await converse(
    store,
    {
      Triage: [[transfer('Billing', 'invoice question', 'c1')]],
      Billing: [
        [functionCall('lookup_account', { name: 'Ada' }, { callId: 't1' })],
        [assistantMessage('Done.')],
      ],
    },
    'thanks, that was great and really helpful',
    { tenant: 'acme', end: true },
  );
  const looping = await converse(
    store,
    {
      Triage: [[transfer('Billing', 'billing issue', 'c1')], [transfer('Billing', 'billing again', 'c5')]],
      Billing: [[transfer('Tech', 'technical', 'c2')], [transfer('Tech', 'technical again', 'c6')]],
      // A handback to Triage and its routing on count as one reroute (rerouteCount.ts), so the loop
      // reaches the cap one transfer later than five raw handoffs.
      Tech: [[transfer('Sales', 'sales', 'c3')], [transfer('Sales', 'sales again', 'c7')]],
      Sales: [[transfer('Triage', 'unsure', 'c4')]],
    },
    'this is ridiculous, nothing works and I am frustrated',
    { tenant: 'acme', end: true },
  );
  const pingPong = await converse(
    store,
    {
      Triage: [[transfer('Billing', 'refund', 'c1')]],
      Billing: [[transfer('Triage', 'not mine', 'c2')], [assistantMessage('I will handle the refund.')]],
    },
    'refund please',
    { tenant: 'acme', end: true },
  );
  const sales = await converse(
    store,
    { Triage: [[transfer('Sales', 'pricing', 'c1')]], Sales: [[assistantMessage('Growth is $49.')]] },
    'how much is the Growth plan for 20 seats?',
    { tenant: 'globex' },
  );
  // Another graph: never counted when analytics asks for `example`.
  await converse(
    store,
    { Triage: [[transfer('Billing', 'billing question', 'c1')]], Billing: [[assistantMessage('ok')]] },
    'hello',
    { tenant: 'acme', graph: exampleGraph({ name: 'other' }) },
  );
  return { happy, looping, pingPong, sales };
}

const backends: [string, () => Promise<ConversationStore>][] = [
  ['memory', async () => createMemoryStore()],
  [
    'PGlite',
    async () => {
      const store = await createPgliteStore();
      await store.migrate();
      return store;
    },
  ],
];

describe.each(backends)('analytics over a handful of conversations (%s store)', (_name, open) => {
  it(
    'aggregates volume, edges, trips, escalations, latency, cost and sentiment for a graph',
    async () => {
      const store = await open();
      try {
        const ids = await seed(store);
        const all = await computeAnalytics(store, { graph: 'example' });
        expect(all.conversations).toBe(4);
        expect(all.turns).toBe(4);
        expect(all.handoffs.total).toBe(1 + 7 + 1 + 1); // the loop: six transfers, then the escalation at the cap
        expect(all.handoffs.meanPerConversation).toBe(10 / 4);
        expect(all.handoffs.edges).toEqual([
          { from: 'Triage', to: 'Billing', count: 4 },
          { from: 'Billing', to: 'Tech', count: 2 },
          { from: 'Sales', to: 'Triage', count: 1 },
          { from: 'Tech', to: 'Human', count: 1 },
          { from: 'Tech', to: 'Sales', count: 1 },
          { from: 'Triage', to: 'Sales', count: 1 },
        ]);
        expect(all.policy).toEqual({ loopCapTrips: 1, pingPongTrips: 1 });
        expect(all.escalations).toEqual({ toHuman: 1, conversations: 1 });
        expect(all.cost).toEqual({ totalUsd: 0, perConversationUsd: 0, unpricedModels: [] });

        // Latency percentiles are those of the durations each turn committed.
        const durations: number[] = [];
        for (const id of Object.values(ids)) {
          for (const e of await store.listEvents(id))
            if (e.type === 'turn.metrics') durations.push(e.data.durationMs as number);
        }
        durations.sort((a, b) => a - b);
        expect(all.turnLatency.samples).toBe(4);
        expect(all.turnLatency.p50Ms).toBe(percentile(durations, 50));
        expect(all.turnLatency.p95Ms).toBe(durations[3]);
        expect(all.turnLatency.p50Ms).toBeGreaterThan(0);

        // Three conversations ended and were analysed: one happy, one angry, one neutral.
        expect(all.sentiment.analyzed).toBe(3);
        expect(all.sentiment.distribution).toEqual({ negative: 1, neutral: 1, positive: 1 });
        expect(all.lead.analyzed).toBe(3);

        const acme = await computeAnalytics(store, { graph: 'example', tenant: 'acme' });
        expect(acme.conversations).toBe(3);
        expect(acme.handoffs.edges.find((e) => e.from === 'Triage' && e.to === 'Sales')).toBeUndefined();
        expect((await computeAnalytics(store, { graph: 'example', tenant: null })).conversations).toBe(0);
        expect((await computeAnalytics(store, { graph: 'other' })).conversations).toBe(1);
        expect((await computeAnalytics(store, { graph: 'example', since: '1h' })).conversations).toBe(4);
        const future = new Date(Date.now() + 60_000);
        expect((await computeAnalytics(store, { graph: 'example', since: future })).conversations).toBe(0);
        expect((await computeAnalytics(store, { graph: 'example', until: '2000-01-01' })).conversations).toBe(
          0,
        );

        const looping = await conversationAnalyticsFor(store, ids.looping);
        expect(looping).toMatchObject({
          handoffCount: 7,
          agentsVisited: ['Triage', 'Billing', 'Tech', 'Sales', 'Human'],
          escalatedToHuman: true,
          policy: { loopCapTrips: 1, pingPongTrips: 0, otherTrips: 0 },
          status: 'ended',
        });
        expect(looping?.handoffTrail.at(-1)).toMatchObject({
          from: 'Tech',
          to: 'Human',
          kind: 'fallback',
        });
        expect(looping?.analysis?.sentiment.score).toBeLessThan(-0.2);

        const happy = await conversationAnalyticsFor(store, ids.happy);
        expect(happy?.toolCalls).toEqual({ total: 1, byTool: { lookup_account: 1 } });
        expect(happy?.tokens).toEqual({ requests: 3, inputTokens: 0, outputTokens: 0 });
        expect(happy?.turnLatency.perTurn.map((t) => t.turn)).toEqual([1]);
        expect(happy?.analysis?.method).toBe('lexical');

        const pingPong = await conversationAnalyticsFor(store, ids.pingPong);
        expect(pingPong).toMatchObject({
          rejectedHandoffs: 1,
          handoffCount: 1,
          policy: { pingPongTrips: 1 },
        });
        expect(await conversationAnalyticsFor(store, 'missing')).toBeNull();
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );
});

describe('percentiles', () => {
  it('use the nearest rank', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 95)).toBe(19);
  });
});
