import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushTracing, reinstallTracing } from '../../src/tracing/tracingSetup.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

const CARD = '4111 1111 1111 1111';
let posted: { url: string; body: string }[] = [];

beforeEach(() => {
  posted = [];
  // The SDK's hosted exporter posts with the global fetch; nothing leaves the process here.
  vi.stubGlobal('fetch', async (url: unknown, init?: { body?: unknown }) => {
    posted.push({ url: String(url), body: String(init?.body ?? '') });
    return new Response('{}', { status: 200 });
  });
  vi.stubEnv('OPENAI_API_KEY', 'sk-test-not-a-key');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
afterAll(() => {
  reinstallTracing({});
});

async function tracedTurn() {
  const { sb, conv } = await scriptedSwitchboard({
    Triage: [
      [functionCall('transfer_to_Billing', { reason: 'card charged twice', intent: null }, { callId: 'c1' })],
    ],
    Billing: [
      [functionCall('lookup_account', { name: `Ada ${CARD}` }, { callId: 'c2' })],
      [assistantMessage('Found it.')],
    ],
  });
  await sb.send(conv.id, `my card ${CARD} was charged twice`);
  await flushTracing();
}

const toOpenAI = () => posted.filter((p) => p.url.includes('api.openai.com') && p.url.includes('/traces'));

describe("the SDK's hosted trace export to OpenAI", () => {
  it('stays off by default, even with an OpenAI key in the environment', async () => {
    reinstallTracing({ OPENAI_API_KEY: 'sk-test-not-a-key' });
    await tracedTurn();
    expect(toOpenAI()).toEqual([]);
  });

  it('runs with SWITCHBOARD_OPENAI_TRACING=1, and sends only redacted spans under SWITCHBOARD_REDACT=pii', async () => {
    reinstallTracing({ SWITCHBOARD_OPENAI_TRACING: '1', SWITCHBOARD_REDACT: 'pii' });
    await tracedTurn();
    const bodies = toOpenAI()
      .map((p) => p.body)
      .join('\n');
    expect(bodies).toContain('lookup_account');
    expect(bodies).toContain('[card]');
    expect(bodies).not.toContain(CARD);
    expect(bodies).not.toContain(CARD.replace(/ /g, ''));
  });
});
