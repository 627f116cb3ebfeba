import {
  Agent,
  type Model,
  type ModelRequest,
  type ModelResponse,
  Runner,
  run,
  type StreamEvent,
  Usage,
} from '@openai/agents';
import { describe, expect, it } from 'vitest';
import { responseToStream, textResponse } from '../../src/models/responseStream.ts';
import {
  type TurnAwareModel,
  type TurnScope,
  turnModelSettings,
  turnOfRequest,
} from '../../src/models/turnScope.ts';
import { compileGraph } from '../../src/runtime/compileGraph.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Shared by every conversation, like a compiled agent's model. Triage hands off; the specialist calls
 * `lookup_account` (a tool that writes the context) and then answers with the turn it was given and
 * the account the tool wrote into that turn's state. Random pauses interleave the conversations.
 */
class TurnEchoModel implements TurnAwareModel {
  constructor(private readonly role: 'triage' | 'billing') {}

  async getResponse(request: ModelRequest, turn?: TurnScope<any>): Promise<ModelResponse> {
    await sleep(Math.random() * 5);
    const id = turn?.conversationId ?? 'none';
    const input = request.input as any[];
    const user = input.filter((i) => i.role === 'user').at(-1)?.content;
    if (this.role === 'triage') {
      return call('transfer_to_Billing', { reason: `billing question from ${id}`, intent: null }, turn);
    }
    if (!input.some((i) => i.type === 'function_call_result' && i.name === 'lookup_account')) {
      return call('lookup_account', { name: user }, turn);
    }
    return textResponse(`${id}|${user}|${JSON.stringify(turn?.state.callerName ?? null)}`);
  }

  async *getStreamedResponse(request: ModelRequest, turn?: TurnScope<any>): AsyncIterable<StreamEvent> {
    yield* responseToStream(await this.getResponse(request, turn));
  }
}

function call(name: string, args: object, turn: TurnScope<any> | undefined): ModelResponse {
  return {
    usage: new Usage(),
    output: [
      {
        type: 'function_call',
        callId: turn?.nextCallId() ?? 'no-turn',
        name,
        status: 'completed',
        arguments: JSON.stringify(args),
      },
    ],
  };
}

async function switchboard() {
  const graph = exampleGraph({ edges: { Triage: ['Billing'] } });
  const models = new Map([
    ['Triage', new TurnEchoModel('triage')],
    ['Billing', new TurnEchoModel('billing')],
  ]);
  const sb = await Switchboard.create({
    graph,
    store: createMemoryStore(),
    models: (agent) => ({ model: models.get(agent.name) ?? new TurnEchoModel('billing'), path: 'llm' }),
  });
  return sb;
}

describe('turns of many conversations running at once', () => {
  for (const stream of [false, true]) {
    it(`give every model call, tool and handoff its own conversation's turn${stream ? ' (streamed)' : ''}`, async () => {
      const sb = await switchboard();
      const conversations = await Promise.all(Array.from({ length: 24 }, () => sb.createConversation()));
      const results = await Promise.all(
        conversations.map((c, i) => sb.send(c.id, `caller-${i}`, { stream })),
      );
      for (const [i, result] of results.entries()) {
        const id = conversations[i].id;
        // The model saw this conversation's turn, and the state the tool wrote into that same turn.
        expect(result.reply).toBe(`${id}|caller-${i}|"caller-${i}"`);
        expect(result.handoffs).toEqual([
          expect.objectContaining({ from: 'Triage', to: 'Billing', reason: `billing question from ${id}` }),
        ]);
        expect(result.toolCalls).toEqual([
          expect.objectContaining({
            tool: 'lookup_account',
            callId: 'call_t1_2',
            arguments: { name: `caller-${i}` },
          }),
        ]);
        const stored = await sb.store.getConversation(id);
        expect(stored?.context).toEqual({ callerName: `caller-${i}`, accountId: 'ACC-1001' });
      }
    });
  }
});

describe('a model the governed model corrects', () => {
  it('serves the same turn on the retry as on the first call', async () => {
    const seen: (string | undefined)[] = [];
    const triage: TurnAwareModel = {
      async getResponse(request, turn) {
        seen.push(turn?.conversationId);
        const corrected = (request.input as any[]).some((i) => i.type === 'function_call_result');
        return call(corrected ? 'transfer_to_Billing' : 'transfer_to_Refunds', { reason: 'a refund' }, turn);
      },
      getStreamedResponse() {
        throw new Error('not streamed');
      },
    };
    const sb = await Switchboard.create({
      graph: exampleGraph({ edges: { Triage: ['Billing'] } }),
      store: createMemoryStore(),
      models: (agent) => ({
        model: agent.name === 'Triage' ? triage : new TurnEchoModel('billing'),
        path: 'llm',
      }),
    });
    const conv = await sb.createConversation();
    const result = await sb.send(conv.id, 'refund please');
    expect(seen).toEqual([conv.id, conv.id]);
    expect(result.handoffs).toEqual([
      expect.objectContaining({ from: 'Triage', to: 'Billing', kind: 'handoff' }),
    ]);
  });
});

describe('the turn in run-level model settings', () => {
  it('reaches every model call of an SDK run, handoffs included', async () => {
    const scope = { conversationId: 'c1', graphName: 'g', turn: 1, state: {}, nextCallId: () => 'x' };
    const seen: unknown[] = [];
    const recording = (text: string, next?: string): Model => ({
      async getResponse(request) {
        seen.push(turnOfRequest(request));
        return next ? call(`transfer_to_${next}`, { reason: 'r' }, undefined) : textResponse(text);
      },
      getStreamedResponse() {
        throw new Error('not streamed');
      },
    });
    const billing = new Agent({ name: 'Billing', model: recording('done') });
    const triage = new Agent({ name: 'Triage', model: recording('', 'Billing'), handoffs: [billing] });
    const result = await new Runner({ modelSettings: turnModelSettings(scope) }).run(triage, 'hi');
    expect(result.finalOutput).toBe('done');
    expect(seen).toEqual([scope, scope]);
  });

  it('is required by a governed model: a compiled agent run outside a turn is refused, not run ungoverned', async () => {
    const compiled = compileGraph(exampleGraph(), () => ({
      model: new TurnEchoModel('triage'),
      path: 'llm',
    }));
    await expect(run(compiled.agents.get('Triage')!, 'hello')).rejects.toThrow(
      'the model of Triage was called outside a Switchboard turn',
    );
  });
});
