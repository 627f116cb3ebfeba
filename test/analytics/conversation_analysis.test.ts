import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analytics/analyzeConversation.ts';
import { analyzerFromEnv, lexicalAnalyzer, llmAnalyzer } from '../../src/analytics/analyzers.ts';
import { createLlmModel } from '../../src/models/llmModels.ts';
import { analysisStoreFor } from '../../src/store/analysisStore.ts';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../testing/models/fakeOpenAIServer.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

const toSales = functionCall(
  'transfer_to_Sales',
  { reason: 'asks about pricing', intent: null },
  { callId: 'c1' },
);

async function salesConversation(text: string) {
  const setup = await scriptedSwitchboard({
    Triage: [[toSales]],
    Sales: [[assistantMessage('Growth is $49 a seat.')]],
  });
  await setup.sb.send(setup.conv.id, text);
  return setup;
}

let fake: FakeOpenAIServer;
beforeEach(async () => {
  fake = await startFakeOpenAIServer();
});
afterEach(() => fake.close());

describe('post-conversation analysis', () => {
  it('is scored lexically when no LLM is configured, stored with the conversation and replaced on re-analysis', async () => {
    const { store, conv } = await salesConversation(
      'great, how much for 30 seats? we want to buy this month',
    );
    expect(analyzerFromEnv({ SWITCHBOARD_MODEL: 'offline' })).toBe(lexicalAnalyzer);
    const first = await analyzeConversation(store, conv.id, {
      env: {},
      now: new Date('2025-05-01T00:00:00Z'),
    });
    expect(first).toMatchObject({
      conversationId: conv.id,
      method: 'lexical',
      model: null,
      analyzedAt: '2025-05-01T00:00:00.000Z',
    });
    expect(first.sentiment.score).toBeGreaterThan(0);
    expect(first.lead.score).toBeGreaterThanOrEqual(80);
    expect(first.lead.reasons).toContain('+15 talked to Sales: "Sales"');

    const again = await analyzeConversation(store, conv.id, {
      env: {},
      now: new Date('2025-05-02T00:00:00Z'),
    });
    const stored = await (await analysisStoreFor(store)).get(conv.id);
    expect(stored?.analyzedAt.toISOString()).toBe(again.analyzedAt);
    expect(stored?.leadScore).toBe(first.lead.score);
  });

  it('runs when the conversation ends', async () => {
    const { sb, store, conv } = await salesConversation('this is awful, cancel everything');
    await sb.endConversation(conv.id);
    const stored = await (await analysisStoreFor(store)).get(conv.id);
    expect(stored?.method).toBe('lexical');
    expect(stored!.sentiment).toBeLessThan(0);
    expect(stored!.leadScore).toBeLessThan(10);
  });

  it('is scored by the configured LLM, which sees the transcript and the route', async () => {
    const { store, conv } = await salesConversation('how much is the Growth plan?');
    fake.enqueue({
      text: '```json\n{"sentiment": 0.4, "sentiment_reasons": ["curious, polite"], "lead_score": 72, "lead_reasons": ["asked for Growth pricing"]}\n```',
    });
    const analyzer = analyzerFromEnv({
      SWITCHBOARD_MODEL: 'openai:gpt-4.1-mini',
      OPENAI_BASE_URL: `${fake.url}/v1`,
    });
    const result = await analyzeConversation(store, conv.id, { analyzer, env: {} });
    expect(result).toMatchObject({
      method: 'llm',
      model: 'openai:gpt-4.1-mini',
      sentiment: { score: 0.4, reasons: ['curious, polite'] },
      lead: { score: 72, reasons: ['asked for Growth pricing'] },
    });
    const sent = JSON.stringify(fake.requests[0].body);
    expect(sent).toContain('how much is the Growth plan?');
    expect(sent).toContain('Triage → Sales');
  });

  it('falls back to the lexical scorer, saying so, when the LLM reply is unusable', async () => {
    const { store, conv } = await salesConversation('how much is the Growth plan?');
    fake.enqueue({ text: 'I think the customer was fine.' });
    const model = createLlmModel({ model: 'gpt-4.1-mini' }, { OPENAI_BASE_URL: `${fake.url}/v1` });
    const result = await analyzeConversation(store, conv.id, {
      analyzer: llmAnalyzer('openai:gpt-4.1-mini', model),
      env: {},
    });
    expect(result.method).toBe('lexical');
    expect(result.sentiment.reasons[0]).toMatch(
      /^LLM analysis with openai:gpt-4\.1-mini failed \(no JSON object/,
    );
  });

  it('masks personal data quoted in reasons under SWITCHBOARD_REDACT=pii', async () => {
    const { store, conv } = await salesConversation('please upgrade us, mail me at jo@acme.example');
    const result = await analyzeConversation(store, conv.id, { env: { SWITCHBOARD_REDACT: 'pii' } });
    expect(result.lead.reasons).toContain('+10 left contact details: "[email]"');
    expect(JSON.stringify(await (await analysisStoreFor(store)).get(conv.id))).not.toContain(
      'jo@acme.example',
    );
  });
});
