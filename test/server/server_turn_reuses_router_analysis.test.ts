import { afterEach, describe, expect, it, vi } from 'vitest';
import { openGraphs } from '../../src/app/startServer.ts';
import { FeatureSpace } from '../../src/routing/featureSpace.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';

/*
 * Issue #20, CPU per turn: the routers analysed the customer's message again on every model call of a
 * turn (the entry agent's router, then the specialist's after the handoff, then the capped-route check):
 * 1.56 analyses per turn of the bench's scripts for 0.89 distinct messages. They share one feature space,
 * so a turn now analyses each message once (src/routing/turnAnalysisMemo.ts), and never reuses an
 * analysis across turns or conversations.
 */

const BILLING = 'hi, I think I was charged twice on invoice INV-2043';

function countAnalyses() {
  const texts: string[] = [];
  const original = FeatureSpace.prototype.analyze;
  vi.spyOn(FeatureSpace.prototype, 'analyze').mockImplementation(function (this: FeatureSpace, text: string) {
    texts.push(text);
    return original.call(this, text);
  });
  return { take: () => texts.splice(0) };
}

afterEach(() => vi.restoreAllMocks());

describe('a server turn', () => {
  it('analyses the message once although two routers read it (Triage hands it to Billing)', async () => {
    const [sb] = await openGraphs(['support'], createMemoryStore(), 'offline');
    const { id } = await sb.createConversation();
    const analyses = countAnalyses();
    const result = await sb.send(id, BILLING);
    expect(result.agent).toBe('Billing');
    expect(result.handoffs.map((h) => `${h.from}->${h.to}`)).toEqual(['Triage->Billing']);
    // Without the memo: [BILLING, BILLING] (Triage's model call, then Billing's).
    expect(analyses.take()).toEqual([BILLING]);
  });

  it('analyses the same words again in the next turn: nothing is kept across turns', async () => {
    const [sb] = await openGraphs(['support'], createMemoryStore(), 'offline');
    const { id } = await sb.createConversation();
    const analyses = countAnalyses();
    await sb.send(id, 'my webhooks keep failing');
    expect(analyses.take()).toEqual(['my webhooks keep failing']);
    await sb.send(id, 'my webhooks keep failing');
    expect(analyses.take()).toContain('my webhooks keep failing');
  });

  it('decides concurrent turns of different conversations exactly as it decides them one by one', async () => {
    const messages = [BILLING, 'what does the Growth plan cost?', 'my webhooks keep failing'];
    const decide = async (concurrent: boolean) => {
      const [sb] = await openGraphs(['support'], createMemoryStore(), 'offline');
      const ids = await Promise.all(messages.map(async () => (await sb.createConversation()).id));
      const send = (i: number) =>
        sb.send(ids[i], messages[i]).then((r) => ({ agent: r.agent, reply: r.reply, handoffs: r.handoffs }));
      if (concurrent) return Promise.all(messages.map((_, i) => send(i)));
      const out = [];
      for (let i = 0; i < messages.length; i++) out.push(await send(i));
      return out;
    };
    const oneByOne = await decide(false);
    expect(oneByOne.map((r) => r.agent)).toEqual(['Billing', 'Sales', 'TechSupport']);
    expect(await decide(true)).toEqual(oneByOne);
  });
});
