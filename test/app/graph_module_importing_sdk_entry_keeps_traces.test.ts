import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import { flushTracing, installTracing } from '../../src/tracing/tracingSetup.ts';

const graphFile = fileURLToPath(new URL('../support/graphs/graphImportingSdkEntry.ts', import.meta.url));

describe('a graph module that imports the @openai/agents entry', () => {
  it('leaves the turn traces going to the store (the entry replaces the processors as it loads)', async () => {
    installTracing({}); // as the CLI and the server have done before any graph loads
    const store = createMemoryStore();
    try {
      const sb = await Switchboard.create({
        graph: await loadGraph(graphFile),
        store,
        models: createAgentModelFactory({ model: 'offline' }),
      });
      const conversation = await sb.createConversation();
      await sb.send(conversation.id, 'I was charged twice on my invoice');
      await flushTracing();
      const traces = await (await traceStoreFor(store)).listTraces(conversation.id);
      expect(traces.map((t) => t.turn)).toEqual([1]);
    } finally {
      await store.close();
    }
  });
});
