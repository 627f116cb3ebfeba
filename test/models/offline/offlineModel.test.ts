import { type Agent, Runner, run, setTracingDisabled } from '@openai/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOfflineAgents } from '../../../src/models/offline/offlineTestAgents.ts';
import { turnModelSettings } from '../../../src/models/turnScope.ts';
import { createAgentRouter } from '../../../src/routing/agentRouter.ts';
import { buildSupportGraph } from '../../../src/routing/fixtures/supportGraph.ts';

const NOW = new Date('2025-03-05T10:00:00Z');

function setup() {
  const graph = buildSupportGraph();
  const agents = buildOfflineAgents(graph, { now: () => NOW });
  return { graph, agents, triage: agents.get('Triage')! };
}

/** The raw SDK items of a run, as plain JSON (what a transcript would store). */
const rawItems = (result: { newItems: { rawItem?: unknown }[] }) =>
  JSON.parse(JSON.stringify(result.newItems.map((i) => i.rawItem)));

const calls = (result: { newItems: { rawItem?: unknown }[] }) =>
  result.newItems
    .map((i) => i.rawItem as { type?: string; name?: string; arguments?: string; callId?: string })
    .filter((raw) => raw?.type === 'function_call')
    .map((raw) => ({ name: raw.name!, args: JSON.parse(raw.arguments!), callId: raw.callId! }));

describe('offline model driven through run()', () => {
  beforeAll(() => setTracingDisabled(true));

  it('hands a billing question from Triage to Billing with a specific reason and intent', async () => {
    const { triage } = setup();
    const result = await run(triage, 'I was charged twice on invoice INV-1042 and I want a refund');
    const [handoff] = calls(result);
    expect(handoff.name).toBe('transfer_to_Billing');
    expect(handoff.args.reason).toContain('INV-1042');
    expect(handoff.args.reason).toMatch(/\(matched Billing: [a-z]+/);
    expect(handoff.args.intent).toMatch(/^billing\.[a-z_]+$/);
    expect(result.lastAgent?.name).toBe('Billing');
  });

  it('asks a clarifying question naming the specialists, and offers a person, when the router is unsure', async () => {
    const { graph, triage } = setup();
    const text = 'I have a problem with my account';
    expect(createAgentRouter(graph, 'Triage').route(text).decision).toBe('unsure');
    const result = await run(triage, text);
    expect(calls(result)).toEqual([]);
    expect(result.lastAgent?.name).toBe('Triage');
    expect(result.finalOutput).toBe(
      'I can help with billing questions, technical support and sales. What can I do for you? If you would rather, I can pass you to a member of our team.',
    );
  });

  it('keeps an off-topic request at Triage even when its verb names a specialist tool', async () => {
    const { graph, triage } = setup();
    // "book" is what Sales's book_demo does, but the router reads the whole request as off-topic.
    const text = 'book me a flight to denver on friday';
    expect(createAgentRouter(graph, 'Triage').route(text).decision).toBe('stay');
    const result = await run(triage, text);
    expect(calls(result)).toEqual([]);
    expect(result.lastAgent?.name).toBe('Triage');
  });

  it('greets on a greeting and stays with Triage', async () => {
    const { triage } = setup();
    const result = await run(triage, 'hello there');
    expect(calls(result)).toEqual([]);
    expect(result.finalOutput).toBe('Hi, thanks for reaching out! How can I help you today?');
  });

  it('fills tool arguments from the message and answers from the result with the template', async () => {
    const { triage } = setup();
    const result = await run(triage, 'I need a quote for the enterprise plan for 12 seats');
    expect(calls(result).map((c) => c.name)).toEqual(['transfer_to_Sales', 'get_quote']);
    expect(calls(result)[1].args).toEqual({ plan: 'enterprise', seats: 12 });
    // 12 × 40 comes from the tool, not from the model.
    expect(result.finalOutput).toBe('The enterprise plan for 12 seats comes to 480 dollars per month.');
  });

  it('fills relative dates from the clock and person names from the text', async () => {
    const { triage } = setup();
    const result = await run(triage, 'Can I book a product demo tomorrow? My name is Dana Ruiz');
    const booking = calls(result).find((c) => c.name === 'book_demo');
    expect(booking?.args).toEqual({ date: '2025-03-06', name: 'Dana Ruiz', email: null });
    expect(result.finalOutput).toBe('Book demo: booking ref DEMO-7, date 2025-03-06, name Dana Ruiz.');
  });

  it('fills tool arguments from the conversation state and takes call ids from the turn scope', async () => {
    let n = 0;
    const scope = {
      conversationId: 'c1',
      graphName: 'support-fixture',
      turn: 1,
      state: { invoiceId: 'INV-3003' },
      nextCallId: () => `call_c1_${++n}`,
    };
    const { triage } = setup();
    const runner = new Runner({ modelSettings: turnModelSettings(scope) });
    const result = await runner.run(triage, 'please look up the status of my invoice');
    expect(calls(result)).toEqual([
      expect.objectContaining({ name: 'transfer_to_Billing', callId: 'call_c1_1' }),
      { name: 'lookup_invoice', args: { invoiceId: 'INV-3003' }, callId: 'call_c1_2' },
    ]);
    expect(result.finalOutput).toBe('Invoice INV-3003 is paid: 120 dollars, due 2025-03-01.');
  });

  it('asks for a missing required argument, then calls the tool with the answer', async () => {
    const { agents, triage } = setup();
    const first = await run(triage, 'can you look up my invoice');
    expect(first.lastAgent?.name).toBe('Billing');
    expect(calls(first).map((c) => c.name)).toEqual(['transfer_to_Billing']);
    expect(first.finalOutput).toBe('Which invoice is it about? The number starts with INV.');

    const second = await run(agents.get('Billing')!, [
      ...first.history,
      { role: 'user', content: "sure, it's inv-1042" },
    ]);
    expect(calls(second)).toEqual([
      expect.objectContaining({ name: 'lookup_invoice', args: { invoiceId: 'INV-1042' } }),
    ]);
    expect(second.finalOutput).toBe('Invoice INV-1042 is paid: 120 dollars, due 2025-03-01.');
  });

  it('answers with a plain listing of the result when the agent has no template', async () => {
    const { triage } = setup();
    const result = await run(triage, 'is the service down right now?');
    expect(calls(result).map((c) => c.name)).toEqual(['transfer_to_TechSupport', 'check_service_status']);
    expect(result.finalOutput).toBe('Check service status: status operational.');
  });

  it('hands back to Triage when the customer changes topic, and Triage routes on', async () => {
    const { agents, triage } = setup();
    const first = await run(triage, 'what is on invoice INV-1042');
    expect(first.lastAgent?.name).toBe('Billing');
    const second = await run(agents.get('Billing')!, [
      ...first.history,
      { role: 'user', content: 'also, the app crashes every time I open it' },
    ]);
    expect(calls(second).map((c) => c.name)).toEqual(['transfer_to_Triage', 'transfer_to_TechSupport']);
    expect(calls(second)[0].args.reason).toMatch(/^Customer changed topic/);
    expect(second.lastAgent?.name).toBe('TechSupport');
  });

  it('streams the same text and items as the non-streaming run', async () => {
    for (const text of [
      'hello',
      'I need a quote for the pro plan for 3 seats',
      'I have a problem with my account',
    ]) {
      const plain = await run(setup().triage, text);
      const streamed = await run(setup().triage, text, { stream: true });
      let deltas = '';
      for await (const event of streamed) {
        if (event.type === 'raw_model_stream_event' && event.data.type === 'output_text_delta') {
          deltas += event.data.delta;
        }
      }
      await streamed.completed;
      expect(streamed.finalOutput).toBe(plain.finalOutput);
      expect(deltas).toBe(plain.finalOutput);
      expect(rawItems(streamed)).toEqual(rawItems(plain));
    }
  });

  it('is deterministic: same conversation → same items, reasons and call ids', async () => {
    const script = async (triage: Agent) => {
      const first = await run(triage, 'my card was charged twice for invoice INV-7788');
      return rawItems(first);
    };
    const a = await script(setup().triage);
    const b = await script(setup().triage);
    expect(a.length).toBeGreaterThan(2);
    expect(b).toEqual(a);
  });

  it('reports zero tokens', async () => {
    const result = await run(setup().triage, 'I need a quote for the pro plan for 3 seats');
    expect(result.state.usage.totalTokens).toBe(0);
    expect(result.state.usage.inputTokens).toBe(0);
    expect(result.state.usage.outputTokens).toBe(0);
  });
});
