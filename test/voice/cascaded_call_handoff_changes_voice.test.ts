import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { runSimulatedCall } from '../../src/cli/simulatedCall.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { speakMulaw } from '../../testing/audio/callerAudio.ts';
import { analyzeSpeech, notSpeechBecause } from '../../testing/audio/speechAnalysis.ts';
import { audioByItem } from '../support/voice/agentAudio.ts';

const SAID = 'Hi, I was charged twice for my subscription';

describe('a cascaded call (VAD → speech-to-text → chat turn → text-to-speech)', () => {
  it('runs the chat turn path, and the handoff to Billing changes the voice the caller hears', async () => {
    const store = createMemoryStore();
    try {
      const sb = await Switchboard.create({
        graph: await loadGraph('support'),
        store,
        models: createAgentModelFactory({ model: 'offline' }),
      });
      const { result, timeline } = await runSimulatedCall({
        switchboard: sb,
        turns: [{ audio: speakMulaw(SAID), transcript: SAID, label: 'caller' }],
        speed: 8,
        realtime: 'double',
        pipeline: 'cascaded',
        // The greeting's voice is measured: the caller waits it out (at 400 ms of call time, 50 ms at
        // speed 8, a loaded CI machine had not spoken it yet, and the caller talked first).
        leadInMs: 6000,
      });
      // The same turn path as chat: stored turn, handoff trail, active agent.
      const handoffs = await store.listHandoffs(timeline.conversationId);
      expect(handoffs.map((h) => `${h.from}>${h.to}`)).toEqual(['Triage>Billing']);
      expect(timeline.turns[0].agent).toBe('Billing');
      expect(timeline.status).toBe('ended');
      const stage = timeline.stages![0];
      expect(stage).toMatchObject({ turn: 1, agent: 'Billing', said: SAID, handoffs: ['Triage>Billing'] });
      for (const key of ['sttMs', 'turnMs', 'handoffMs', 'ttsFirstMs', 'firstAudioMs'] as const)
        expect(stage[key], key).toBeGreaterThanOrEqual(0);
      expect(stage.firstAudioMs!).toBeGreaterThanOrEqual(stage.turnMs);

      const byItem = audioByItem(result.chunks);
      const greeting = byItem.get('reply_1_Triage')!;
      const answer = byItem.get('reply_2_Billing')!;
      const triage = analyzeSpeech(greeting, 8000);
      const billing = analyzeSpeech(answer, 8000);
      expect(notSpeechBecause(triage), JSON.stringify(triage)).toEqual([]);
      expect(notSpeechBecause(billing), JSON.stringify(billing)).toEqual([]);
      const apart =
        Math.abs(billing.meanPitchHz - triage.meanPitchHz) /
        Math.min(billing.meanPitchHz, triage.meanPitchHz);
      expect(apart, `Triage ${triage.meanPitchHz} Hz, Billing ${billing.meanPitchHz} Hz`).toBeGreaterThan(
        0.3,
      );
    } finally {
      await store.close();
    }
  }, 60_000);
});
