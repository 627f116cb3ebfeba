import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { resolveAgentVoices } from '../../../src/voice/cascaded/agentVoices.ts';
import { espeakSpeak } from '../../../src/voice/cascaded/espeakSpeech.ts';
import { mulawToPcm16 } from '../../../src/voice/mulaw.ts';
import { analyzeSpeech, notSpeechBecause } from '../../../testing/audio/speechAnalysis.ts';
import { synthesizeTone } from '../../../testing/realtime/toneSpeech.ts';

const SENTENCE = "Invoice INV-2041 for February is $46.88 and it's paid.";

describe('offline voices (espeak-ng), one per agent', () => {
  it('gives every agent of the support graph its own voice, the same on every run', async () => {
    const graph = await loadGraph('support');
    const voices = resolveAgentVoices(graph.agents);
    const profiles = [...voices.values()].map((v) => `${v.espeak.variant}/${v.espeak.pitch}`);
    expect(new Set(profiles).size).toBe(profiles.length);
    expect(resolveAgentVoices(graph.agents)).toEqual(voices);
  });

  it('speaks words (intonation, changing spectrum, syllables), which a tone does not', async () => {
    const voices = resolveAgentVoices([{ name: 'Triage' }]);
    const speech = analyzeSpeech(await espeakSpeak(SENTENCE, voices.get('Triage')!.espeak, 8000), 8000);
    expect(notSpeechBecause(speech), JSON.stringify(speech)).toEqual([]);
    const tone = analyzeSpeech(mulawToPcm16(synthesizeTone('marin', 3000, 'audio/pcmu')), 8000);
    expect(notSpeechBecause(tone).length).toBeGreaterThanOrEqual(2);
  });

  it("Billing's voice differs from Triage's (mean pitch), and an agent's own voice setting wins", async () => {
    const voices = resolveAgentVoices([
      { name: 'Triage' },
      { name: 'Billing' },
      { name: 'Sales', voice: { espeak: { variant: 'f2', pitch: 90 } } },
    ]);
    const pitch = async (agent: string) =>
      analyzeSpeech(await espeakSpeak(SENTENCE, voices.get(agent)!.espeak, 8000), 8000).meanPitchHz;
    const [triage, billing] = [await pitch('Triage'), await pitch('Billing')];
    expect(
      Math.abs(billing - triage) / Math.min(billing, triage),
      `${triage} vs ${billing} Hz`,
    ).toBeGreaterThan(0.3);
    expect(voices.get('Sales')!.espeak).toMatchObject({ variant: 'f2', pitch: 90, language: 'en-us' });
  });
});
