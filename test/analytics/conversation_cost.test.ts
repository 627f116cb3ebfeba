import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { computeAnalytics, conversationAnalyticsFor } from '../../src/analytics/computeAnalytics.ts';
import { MODEL_PRICES, priceTableFrom } from '../../src/analytics/pricing.ts';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';
import { enqueueHandoffAndToolTurn, fakeLlmSwitchboard } from '../support/tracing/fakeLlmSwitchboard.ts';

/** Tokens per model as the stored generation spans report them: an independent record of the same calls. */
async function tokensFromSpans(store: Parameters<typeof traceStoreFor>[0], conversationId: string) {
  const traces = await traceStoreFor(store);
  const totals = { inputTokens: 0, outputTokens: 0, calls: 0 };
  for (const trace of await traces.listTraces(conversationId)) {
    for (const span of await traces.listSpans(trace.traceId)) {
      if (span.kind !== 'generation') continue;
      const usage = span.data.usage as { input_tokens: number; output_tokens: number };
      totals.inputTokens += usage.input_tokens;
      totals.outputTokens += usage.output_tokens;
      totals.calls += 1;
    }
  }
  return totals;
}

describe('tokens and cost per conversation', () => {
  it('prices each model call from the table: gpt-4.1-mini at its list price', async () => {
    const { fake, sb, store } = await fakeLlmSwitchboard({ model: 'gpt-4.1-mini' });
    try {
      const conv = await sb.createConversation();
      enqueueHandoffAndToolTurn(fake);
      await sb.send(conv.id, 'question about my invoice');
      const analytics = await conversationAnalyticsFor(store, conv.id);
      const spans = await tokensFromSpans(store, conv.id);
      expect(spans.calls).toBe(3);
      expect(spans.inputTokens).toBeGreaterThan(0);
      expect(analytics?.tokens).toEqual({
        requests: 3,
        inputTokens: spans.inputTokens,
        outputTokens: spans.outputTokens,
      });
      const price = MODEL_PRICES['gpt-4.1-mini'];
      const expected =
        (spans.inputTokens * price.inputPerMTok + spans.outputTokens * price.outputPerMTok) / 1e6;
      expect(analytics?.cost.usd).toBeCloseTo(expected, 12);
      expect(analytics?.cost.byModel['gpt-4.1-mini']).toMatchObject({
        requests: 3,
        usd: analytics?.cost.usd,
      });
      expect(analytics?.cost.unpricedModels).toEqual([]);
      const summary = await computeAnalytics(store, { graph: 'example' });
      expect(summary.cost.totalUsd).toBeCloseTo(expected, 12);
      expect(summary.cost.perConversationUsd).toBeCloseTo(expected, 12);
    } finally {
      await fake.close();
    }
  });

  it('reports a model with no list price as unpriced, until the price table in config names it', async () => {
    const { fake, sb, store } = await fakeLlmSwitchboard({ model: 'llama3.1:8b' });
    try {
      const conv = await sb.createConversation();
      enqueueHandoffAndToolTurn(fake);
      await sb.send(conv.id, 'question about my invoice');
      const unpriced = await conversationAnalyticsFor(store, conv.id);
      expect(unpriced?.cost.usd).toBe(0);
      expect(unpriced?.cost.unpricedModels).toEqual(['llama3.1:8b']);
      expect(unpriced?.cost.byModel['llama3.1:8b'].usd).toBeNull();

      const prices = priceTableFrom({
        SWITCHBOARD_PRICES: JSON.stringify({ 'llama3.1:8b': { inputPerMTok: 1, outputPerMTok: 2 } }),
      });
      const priced = await conversationAnalyticsFor(store, conv.id, prices);
      const { inputTokens, outputTokens } = unpriced!.tokens;
      expect(priced?.cost.usd).toBeCloseTo((inputTokens * 1 + outputTokens * 2) / 1e6, 12);
      expect(priced?.cost.unpricedModels).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('costs nothing on a model without token usage (offline, scripted), with nothing left unpriced', async () => {
    const { sb, store, conv } = await scriptedSwitchboard({
      Triage: [
        [functionCall('transfer_to_Billing', { reason: 'invoice question', intent: null }, { callId: 'c1' })],
      ],
      Billing: [[assistantMessage('Done.')]],
    });
    await sb.send(conv.id, 'invoice');
    const analytics = await conversationAnalyticsFor(store, conv.id);
    expect(analytics?.cost).toEqual({ usd: 0, byModel: {}, unpricedModels: [] });
  });

  it('refuses a malformed price table instead of pricing at zero', () => {
    expect(() =>
      priceTableFrom({ SWITCHBOARD_PRICES: '{"x": {"inputPerMTok": -1, "outputPerMTok": 0}}' }),
    ).toThrow(/SWITCHBOARD_PRICES\["x"\]/);
    expect(() => priceTableFrom({ SWITCHBOARD_PRICES: 'nope' })).toThrow(/not valid JSON/);
  });
});
