import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { runSimulatedCall } from '../../src/cli/simulatedCall.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import { flushTracing, installTracing } from '../../src/tracing/tracingSetup.ts';
import { VOICE_TURN_TRACE_NAME } from '../../src/tracing/voiceTurnTrace.ts';
import { speakMulaw } from '../../testing/audio/callerAudio.ts';

const SAID = 'Hi, I was charged twice for my subscription';

describe('a cascaded turn is traced', () => {
  it('stores the chat turn trace and a voice turn trace with the handoff and the stage latencies', async () => {
    installTracing({});
    const store = createMemoryStore();
    try {
      const sb = await Switchboard.create({
        graph: await loadGraph('support'),
        store,
        models: createAgentModelFactory({ model: 'offline' }),
      });
      const { timeline } = await runSimulatedCall({
        switchboard: sb,
        turns: [{ audio: speakMulaw(SAID), transcript: SAID }],
        speed: 8,
        realtime: 'double',
        pipeline: 'cascaded',
      });
      const traceStore = await traceStoreFor(store);
      // Traces are written once their turn has ended: after the call returns, the last may still be on its way.
      // Turn 1 is the stored greeting; the caller's first turn is turn 2.
      let traces: Awaited<ReturnType<typeof traceStore.listTraces>> = [];
      for (let i = 0; i < 100 && traces.filter((t) => t.turn === 2).length < 2; i++) {
        await flushTracing();
        traces = await traceStore.listTraces(timeline.conversationId);
        await new Promise((r) => setTimeout(r, 20));
      }
      const voice = traces.find((t: any) => t.name === VOICE_TURN_TRACE_NAME && t.turn === 2) as any;
      expect(voice, JSON.stringify(traces.map((t: any) => [t.name, t.turn]))).toBeDefined();
      expect(traces.some((t: any) => t.name !== VOICE_TURN_TRACE_NAME && t.turn === 2)).toBe(true);
      const spans = await traceStore.listSpans(voice.traceId);
      const handoff = spans.find((s: any) => s.kind === 'handoff');
      expect(handoff, JSON.stringify(spans)).toBeDefined();
      const stages = spans.find((s: any) => s.name === 'voice.stages');
      expect(stages, JSON.stringify(spans)).toBeDefined();
      const data = JSON.stringify(stages!.data);
      for (const key of ['sttMs', 'turnMs', 'handoffMs', 'ttsFirstMs', 'firstAudioMs'])
        expect(data).toContain(key);
    } finally {
      await store.close();
    }
  }, 60_000);
});
