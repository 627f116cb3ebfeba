/**
 * Cascaded pipeline figures (`npm run bench:voice`, last section): simulated Twilio calls on the support
 * graph, offline model, memory store: Silero VAD → speech-to-text → `Switchboard.send` → text-to-speech.
 * Per stage, from the end of the caller's speech as the VAD reports it: STT, the chat turn, the
 * handoff (when one happens), the first sentence's synthesis, first audio sent to the caller. Run once
 * offline (transcript STT double, espeak-ng) and once through the OpenAI-compatible audio endpoint
 * doubles over HTTP (espeak-ng behind them). Also Silero's own cost per second of audio.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { loadGraph } from '../src/app/loadGraph.ts';
import { runSimulatedCall } from '../src/cli/simulatedCall.ts';
import { createAgentModelFactory } from '../src/models/agentModels.ts';
import { Switchboard } from '../src/runtime/switchboard.ts';
import { createMemoryStore } from '../src/store/memoryStore.ts';
import type { CascadedTurnMetrics } from '../src/voice/cascaded/cascadedCall.ts';
import { cascadedSetupFrom } from '../src/voice/cascaded/cascadedSetup.ts';
import { sileroTurnDetector } from '../src/voice/cascaded/sileroTurnDetector.ts';
import { DEFAULT_TURN_DETECTION } from '../src/voice/cascaded/turnDetector.ts';
import { mulawToPcm16 } from '../src/voice/mulaw.ts';
import { startAudioEndpointsDouble } from '../testing/audio/audioEndpointsDouble.ts';
import { frames, speakMulaw } from '../testing/audio/callerAudio.ts';

const SAID = [
  'Hi, I was charged twice for my subscription',
  'It is invoice INV-2041',
  'also my webhooks keep failing',
];

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
    : Number.NaN;
};

async function calls(count: number, endpoints: boolean): Promise<CascadedTurnMetrics[]> {
  const audio = SAID.map((s) => speakMulaw(s));
  const double = endpoints
    ? await startAudioEndpointsDouble({ transcripts: (i) => SAID[i % SAID.length] })
    : null;
  const all: CascadedTurnMetrics[] = [];
  try {
    for (let c = 0; c < count; c++) {
      const store = createMemoryStore();
      try {
        const sb = await Switchboard.create({
          graph: await loadGraph('support'),
          store,
          models: createAgentModelFactory({ model: 'offline' }),
        });
        await (await store.toolDb()).execute(sql`select 1`);
        const { timeline } = await runSimulatedCall({
          switchboard: sb,
          turns: SAID.map((s, i) => ({ audio: audio[i], transcript: s, label: s })),
          speed: 4,
          leadInMs: 6000,
          realtime: 'double',
          pipeline: 'cascaded',
          cascaded: cascadedSetupFrom(double ? { sttUrl: double.baseUrl, ttsUrl: double.baseUrl } : {}, {
            transcripts: SAID,
          }),
        });
        all.push(...(timeline.stages ?? []));
      } finally {
        await store.close();
      }
    }
  } finally {
    await double?.close();
  }
  return all;
}

function report(title: string, turns: CascadedTurnMetrics[]): void {
  console.log(`  ${title}: ${turns.length} turns`);
  const row = (name: string, values: (number | null)[]) => {
    const v = values.filter((x): x is number => x !== null);
    console.log(
      `    ${name.padEnd(38)} p50 ${String(pct(v, 50)).padStart(5)} ms  p95 ${String(pct(v, 95)).padStart(5)} ms  (n=${v.length})`,
    );
  };
  row(
    'speech-to-text',
    turns.map((t) => t.sttMs),
  );
  row(
    'chat turn (Switchboard.send)',
    turns.map((t) => t.turnMs),
  );
  row(
    'VAD end → handoff decided',
    turns.map((t) => t.handoffMs),
  );
  row(
    'first sentence synthesis',
    turns.map((t) => t.ttsFirstMs),
  );
  row(
    'VAD end → first audio to the caller',
    turns.map((t) => t.firstAudioMs),
  );
}

async function sileroCost(): Promise<void> {
  const audio = mulawToPcm16(
    speakMulaw('I was charged twice for my subscription and my webhooks keep failing'),
  );
  const detector = await sileroTurnDetector(8000, DEFAULT_TURN_DETECTION);
  const started = performance.now();
  for (const frame of frames(new Uint8Array(audio.buffer), 'audio/pcm'))
    await detector.push(new Int16Array(frame.slice().buffer));
  const elapsed = performance.now() - started;
  await detector.close?.();
  const seconds = audio.length / 8000;
  console.log(
    `  Silero VAD v5 (onnxruntime-node, 1 thread): ${(elapsed / seconds).toFixed(1)} ms per second of audio (${(elapsed / seconds / 1000).toFixed(4)}× real time)`,
  );
}

export async function cascadedPipeline(): Promise<void> {
  const count = Number(process.env.BENCH_CASCADED_CALLS ?? 3);
  console.log(
    `\ncascaded pipeline (VAD end → STT → chat turn → first TTS audio), support graph, offline model, ${count} calls × ${SAID.length} turns; end-of-turn silence ${DEFAULT_TURN_DETECTION.silenceDurationMs} ms comes before all of these`,
  );
  await sileroCost();
  report('offline (transcript STT double, espeak-ng TTS)', await calls(count, false));
  report('audio endpoint doubles over HTTP (espeak-ng behind /v1/audio/speech)', await calls(count, true));
}
