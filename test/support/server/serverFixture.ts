import type { Model, ModelRequest, ModelResponse, StreamEvent } from '@openai/agents';
import type { FastifyInstance } from 'fastify';
import { openGraphs } from '../../../src/app/startServer.ts';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { responseToStream, textResponse } from '../../../src/models/responseStream.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { type BuildServerOptions, buildServer } from '../../../src/server/app.ts';
import type { ServerContext } from '../../../src/server/context.ts';
import { type ApiKeyStore, apiKeyStoreFor } from '../../../src/store/apiKeys.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { jsonOrText } from '../jsonOrText.ts';

export type JsonResponse = { status: number; body: any; headers: Record<string, unknown> };

export type TestServer = {
  app: FastifyInstance;
  context: ServerContext;
  store: ConversationStore;
  keys: ApiKeyStore;
  /** One JSON request through `inject`; `key` becomes the Bearer token. */
  request(
    method: 'GET' | 'POST',
    url: string,
    opts?: { body?: unknown; key?: string; headers?: Record<string, string> },
  ): Promise<JsonResponse>;
  /** Listens on 127.0.0.1 with a free port; returns `http://127.0.0.1:<port>`. */
  listen(): Promise<string>;
  close(): Promise<void>;
};

/**
 * A server over a memory store. Graphs default to the support template on the offline model, so
 * routes run real handoffs and tools; pass switchboards to use scripted or gated models.
 */
export async function startTestServer(
  opts: Partial<Omit<BuildServerOptions, 'graphs'>> & {
    graphs?: (store: ConversationStore) => Promise<Switchboard[]>;
  } = {},
): Promise<TestServer> {
  const store = opts.store ?? createMemoryStore();
  const graphs = await (opts.graphs ?? ((s) => openGraphs(['support'], s, 'offline')))(store);
  const { app, context } = await buildServer({ keysRecheckMs: 0, ...opts, graphs, store });
  const keys = await apiKeyStoreFor(store);
  return {
    app,
    context,
    store,
    keys,
    async request(method, url, { body, key, headers = {} } = {}) {
      const response = await app.inject({
        method,
        url,
        headers: { ...headers, ...(key ? { authorization: `Bearer ${key}` } : {}) },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      const text = response.body;
      const parsed = jsonOrText(text);
      return { status: response.statusCode, body: parsed, headers: response.headers };
    },
    async listen() {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
      return `http://127.0.0.1:${address.port}`;
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** Opens and closes by hand: a model call blocks until the test releases it. */
export class Gate {
  private waiting: (() => void)[] = [];
  private entered: (() => void)[] = [];
  calls = 0;

  /** Resolves when a model call is blocked at the gate. */
  whenEntered(): Promise<void> {
    if (this.waiting.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.entered.push(resolve));
  }

  release(): void {
    for (const go of this.waiting.splice(0)) go();
  }

  pass(): Promise<void> {
    this.calls += 1;
    const passed = new Promise<void>((resolve) => this.waiting.push(resolve));
    for (const notify of this.entered.splice(0)) notify();
    return passed;
  }
}

/** Answers `reply` once the gate opens. */
class GatedModel implements Model {
  constructor(
    private readonly gate: Gate,
    private readonly reply: string,
  ) {}

  async getResponse(_request: ModelRequest): Promise<ModelResponse> {
    await this.gate.pass();
    return textResponse(this.reply);
  }

  async *getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    yield* responseToStream(await this.getResponse(request));
  }
}

/** One-agent graph `gated` whose model waits for `gate`: turns that stay running as long as a test needs. */
export function gatedGraphs(gate: Gate, reply = 'Done waiting.') {
  const graph = defineGraph({
    name: 'gated',
    entry: 'Desk',
    agents: [{ name: 'Desk', instructions: 'Answer.' }],
  });
  return async (store: ConversationStore) => [
    await Switchboard.create({
      graph,
      store,
      models: () => ({ model: new GatedModel(gate, reply), path: 'llm' }),
    }),
  ];
}

/** Server-sent events of a finished stream, in order. */
export function parseSse(text: string): { event: string; data: any }[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '' && !block.startsWith(':'))
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const data = lines
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      let parsed: unknown = data;
      try {
        parsed = JSON.parse(data);
      } catch {
        // `[DONE]`
      }
      return { event, data: parsed };
    });
}
