import { assistantMessage } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import { installedTracing } from '../../src/tracing/tracingSetup.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

// `@openai/agents` puts OpenAI's hosted exporter in place of every trace processor when it first loads.
// Loaded after Switchboard installed its processors (a tool module, a guardrail, another test file in
// the same process), it left the process storing no traces at all: the dashboard's trace page of a
// conversation came back empty, and nothing said why.
describe('traces are stored after a module loads the SDK entry late', () => {
  it("a conversation's turns are traced when @openai/agents loaded after tracing was installed", async () => {
    const store = createMemoryStore();
    const { factory } = scriptedModels({
      Triage: [[assistantMessage('Hello!')], [assistantMessage('Anything else?')]],
    });
    const sb = await Switchboard.create({ graph: exampleGraph(), store, models: factory });
    const first = installedTracing()?.store;
    expect(first).toBeTruthy();

    await import('@openai/agents'); // replaces (and shuts down) the installed processors

    // The switchboard created before the import traces its next turns; so does one created after.
    const conv = await sb.createConversation({});
    await sb.send(conv.id, 'hi');
    const again = await Switchboard.create({ graph: exampleGraph(), store, models: factory });
    await again.send(conv.id, 'thanks');

    const traces = await (await traceStoreFor(store)).listTraces(conv.id);
    expect(traces.map((t) => t.turn)).toEqual([1, 2]);
    expect((await (await traceStoreFor(store)).listSpans(traces[0].traceId)).length).toBeGreaterThan(0);
    // New processors: the SDK shut the first ones down when it replaced them.
    expect(installedTracing()?.store).not.toBe(first);
  });
});
