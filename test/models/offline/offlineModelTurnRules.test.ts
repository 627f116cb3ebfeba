import type { AgentInputItem, ModelRequest, SerializedTool, StreamEvent } from '@openai/agents-core';
import { describe, expect, it } from 'vitest';
import { createOfflineModel } from '../../../src/models/offline/offlineModel.ts';
import { ARRIVAL_ROUTING_CONFIDENCE } from '../../../src/models/offline/offlineModelOptions.ts';
import { clarifyingQuestion } from '../../../src/models/offline/responseTemplates.ts';
import { createAgentRouter, DEFAULT_ROUTER_THRESHOLD } from '../../../src/routing/agentRouter.ts';
import { buildSupportGraph } from '../../../src/routing/fixtures/supportGraph.ts';

/** Requests built by hand, the way the SDK runner would send them. */
function request(
  input: AgentInputItem[],
  opts: { tools?: SerializedTool[]; handoffs?: string[] } = {},
): ModelRequest {
  return {
    input,
    tools: opts.tools ?? [],
    handoffs: (opts.handoffs ?? []).map((toolName) => ({
      toolName,
      toolDescription: toolName,
      inputJsonSchema: { type: 'object', properties: {}, required: [], additionalProperties: false },
      strictJsonSchema: true,
    })),
    modelSettings: {},
    outputType: 'text',
    tracing: false,
  };
}

const user = (content: string): AgentInputItem => ({ role: 'user', content });
const call = (name: string, callId: string, args: object = {}): AgentInputItem => ({
  type: 'function_call',
  name,
  callId,
  arguments: JSON.stringify(args),
  status: 'completed',
});
const result = (name: string, callId: string, output: unknown): AgentInputItem => ({
  type: 'function_call_result',
  name,
  callId,
  status: 'completed',
  output: { type: 'text', text: JSON.stringify(output) },
});
const statusTool: SerializedTool = {
  type: 'function',
  name: 'check_service_status',
  description: 'Check whether the service is up or has an outage.',
  parameters: { type: 'object', properties: {}, required: [], additionalProperties: false },
  strict: true,
};

const lookupInvoiceTool: SerializedTool = {
  type: 'function',
  name: 'lookup_invoice',
  description: 'Look up an invoice: amount, status and due date.',
  parameters: {
    type: 'object',
    properties: { invoiceId: { type: 'string', description: 'Invoice id like INV-1042' } },
    required: ['invoiceId'],
    additionalProperties: false,
  },
  strict: true,
};
const assistant = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text }],
});

function only(output: unknown[]): Record<string, any> {
  expect(output).toHaveLength(1);
  return output[0] as Record<string, any>;
}

/**
 * A message the router of `agent` hands to `target` with a confidence above the routing threshold but
 * below the arrival bar: the band these turn rules are about. Picked from candidates rather than fixed,
 * so retraining the router moves the probe, not the rule under test; no candidate in the band fails.
 */
function midConfidenceHandoff(
  graph: ReturnType<typeof buildSupportGraph>,
  agent: string,
  target: string,
  candidates: string[],
): string {
  const router = createAgentRouter(graph, agent);
  const found = candidates.find((text) => {
    const d = router.route(text);
    return (
      d.decision === 'handoff' &&
      d.target === target &&
      d.confidence >= DEFAULT_ROUTER_THRESHOLD &&
      d.confidence < ARRIVAL_ROUTING_CONFIDENCE
    );
  });
  if (!found) throw new Error(`no candidate goes ${agent} → ${target} below ${ARRIVAL_ROUTING_CONFIDENCE}`);
  return found;
}

/** Topic changes a Billing agent should hand back, from blunt to vague. */
const BILLING_TO_TRIAGE = [
  'upgrade billing',
  'upgrade my billing plan',
  'billing for a bigger plan',
  'upgrade',
  'the app is slow on my invoice page',
];
/** Technical problems, from blunt to vague. */
const TRIAGE_TO_TECH = [
  'the app crashes',
  'my phone app does not open',
  'app keeps closing',
  'slow website',
  'the screen goes blank',
  'nothing loads',
];

describe('offline model turn rules', () => {
  const graph = buildSupportGraph();

  it('right after a handoff, re-routes only when the router is very confident', async () => {
    const text = midConfidenceHandoff(graph, 'Billing', 'Triage', BILLING_TO_TRIAGE);
    const decision = createAgentRouter(graph, 'Billing').route(text);
    // Precondition: a handoff the router would take on a fresh message, but below the arrival bar.
    expect(decision.toolName).toBe('transfer_to_Triage');
    expect(decision.confidence).toBeGreaterThanOrEqual(DEFAULT_ROUTER_THRESHOLD);
    expect(decision.confidence).toBeLessThan(ARRIVAL_ROUTING_CONFIDENCE);

    const model = createOfflineModel(graph, 'Billing');
    const handoffs = ['transfer_to_Triage', 'transfer_to_Human'];
    const fresh = only((await model.getResponse(request([user(text)], { handoffs }))).output);
    expect(fresh).toMatchObject({ type: 'function_call', name: 'transfer_to_Triage' });

    const arrived = request(
      [
        user(text),
        call('transfer_to_Billing', 'h1'),
        result('transfer_to_Billing', 'h1', { assistant: 'Billing' }),
      ],
      { handoffs },
    );
    const settled = only((await model.getResponse(arrived)).output);
    expect(settled.type).toBe('message');
    // It stays and answers itself: its greeting, or (a request Billing's words do not cover) what it
    // does with a person offered (docs/dialogue.md).
    expect(settled.content[0].text).toMatch(
      /^Billing here\. What can I do for your account\?$|^Could you tell me a bit more about what you need with billing questions\? If you would rather, I can pass you to a member of our team\.$/,
    );
  });

  it('right after asking the customer a question, re-routes only when the router is very confident', async () => {
    const text = midConfidenceHandoff(graph, 'Billing', 'Triage', BILLING_TO_TRIAGE);
    const decision = createAgentRouter(graph, 'Billing').route(text);
    expect(decision.toolName).toBe('transfer_to_Triage');
    expect(decision.confidence).toBeLessThan(ARRIVAL_ROUTING_CONFIDENCE);

    const model = createOfflineModel(graph, 'Billing');
    const handoffs = ['transfer_to_Triage', 'transfer_to_Human'];
    const question = graph.byName.get('Billing')!.responses!.askFor!.invoiceId;
    const afterQuestion = request([user('look up my invoice'), assistant(question), user(text)], {
      handoffs,
      tools: [lookupInvoiceTool],
    });
    const answer = only((await model.getResponse(afterQuestion)).output);
    expect(answer.type).toBe('message');
    // Asked a second time, the question is rephrased with an example (forms/formTurn.ts).
    expect(answer.content[0].text).toBe(`Sorry, I didn't catch that. ${question} For example: INV-1042`);

    const afterStatement = request([user('look up INV-1'), assistant('Invoice INV-1 is paid.'), user(text)], {
      handoffs,
      tools: [lookupInvoiceTool],
    });
    expect(only((await model.getResponse(afterStatement)).output)).toMatchObject({
      type: 'function_call',
      name: 'transfer_to_Triage',
    });
  });

  it("does not hold routing back after the entry agent's greeting: that question invites a topic", async () => {
    const text = midConfidenceHandoff(graph, 'Triage', 'TechSupport', TRIAGE_TO_TECH);
    const decision = createAgentRouter(graph, 'Triage').route(text);
    expect(decision.target).toBe('TechSupport');
    expect(decision.confidence).toBeLessThan(ARRIVAL_ROUTING_CONFIDENCE);
    const greeting = graph.byName.get('Triage')!.responses!.greeting!;
    const model = createOfflineModel(graph, 'Triage');
    const handoffs = ['transfer_to_Billing', 'transfer_to_TechSupport', 'transfer_to_Sales'];
    const output = (
      await model.getResponse(request([user('hi'), assistant(greeting), user(text)], { handoffs }))
    ).output;
    expect(only(output)).toMatchObject({ type: 'function_call', name: 'transfer_to_TechSupport' });
  });

  it('greets only a greeting, and only once; off-topic chat gets a clarifying question', async () => {
    const model = createOfflineModel(graph, 'Triage');
    const handoffs = ['transfer_to_Billing', 'transfer_to_TechSupport', 'transfer_to_Sales'];
    const greeting = graph.byName.get('Triage')!.responses!.greeting!;
    const reply = async (input: AgentInputItem[]) =>
      only((await model.getResponse(request(input, { handoffs }))).output).content[0].text;
    const clarifying = clarifyingQuestion(graph, 'Triage', handoffs);
    expect(createAgentRouter(graph, 'Triage').route('what is the capital of France').decision).toBe('stay');
    expect(await reply([user('what is the capital of France')])).toBe(clarifying);
    expect(await reply([user('good morning')])).toBe(greeting);
    expect(await reply([user('hi'), assistant(greeting), user('hello again')])).toBe(clarifying);
  });

  it('only calls handoffs that are enabled in the request', async () => {
    const model = createOfflineModel(graph, 'Triage');
    const text = 'please refund the double charge on my invoice';
    const all = only(
      (await model.getResponse(request([user(text)], { handoffs: ['transfer_to_Billing'] }))).output,
    );
    expect(all.name).toBe('transfer_to_Billing');
    const restricted = only(
      (
        await model.getResponse(
          request([user(text)], { handoffs: ['transfer_to_Sales', 'transfer_to_Human'] }),
        )
      ).output,
    );
    expect(restricted.name).not.toBe('transfer_to_Billing');
  });

  it('does not call a tool twice in the same user turn', async () => {
    const model = createOfflineModel(graph, 'TechSupport');
    const text = 'is the service down?';
    const first = only((await model.getResponse(request([user(text)], { tools: [statusTool] }))).output);
    expect(first).toMatchObject({ type: 'function_call', name: 'check_service_status' });
    // The tool already ran this turn, then control came back here through a handoff.
    const again = request(
      [
        user(text),
        call('check_service_status', 't1'),
        result('check_service_status', 't1', { status: 'operational' }),
        call('transfer_to_TechSupport', 'h1'),
        result('transfer_to_TechSupport', 'h1', { assistant: 'TechSupport' }),
      ],
      { tools: [statusTool] },
    );
    const second = only((await model.getResponse(again)).output);
    expect(second.type).toBe('message');
  });

  it('answers every trailing result of its own tools, never results of tools it does not have', async () => {
    const model = createOfflineModel(graph, 'TechSupport');
    const own = request(
      [
        user('status?'),
        call('check_service_status', 't1'),
        result('check_service_status', 't1', { status: 'degraded' }),
      ],
      { tools: [statusTool] },
    );
    expect(only((await model.getResponse(own)).output).content[0].text).toBe(
      'Check service status: status degraded.',
    );
    const foreign = request(
      [user('hello'), call('lookup_invoice', 't2'), result('lookup_invoice', 't2', { amount: 999 })],
      { tools: [statusTool] },
    );
    expect(JSON.stringify((await model.getResponse(foreign)).output)).not.toContain('999');
  });

  it('streams response_started, word deltas, then response_done with the full output', async () => {
    const model = createOfflineModel(graph, 'Triage');
    const events: StreamEvent[] = [];
    for await (const event of model.getStreamedResponse(
      request([user('hi')], { handoffs: ['transfer_to_Sales'] }),
    )) {
      events.push(event);
    }
    expect(events[0].type).toBe('response_started');
    const done = events.at(-1) as Extract<StreamEvent, { type: 'response_done' }>;
    expect(done.type).toBe('response_done');
    const deltas = events
      .filter((e) => e.type === 'output_text_delta')
      .map((e) => (e as { delta: string }).delta);
    expect(deltas.length).toBeGreaterThan(1);
    const message = done.response.output[0] as { content: { text: string }[] };
    expect(deltas.join('')).toBe(message.content[0].text);
    expect(done.response.usage.totalTokens).toBe(0);

    const handoffEvents: StreamEvent[] = [];
    const refund = request([user('I need a refund for my invoice')], { handoffs: ['transfer_to_Billing'] });
    for await (const event of model.getStreamedResponse(refund)) handoffEvents.push(event);
    expect(handoffEvents.map((e) => e.type)).toEqual(['response_started', 'response_done']);
  });

  it('rejects an agent the graph does not have', () => {
    expect(() => createOfflineModel(graph, 'Nobody')).toThrow(/no agent "Nobody"/);
  });
});
